// Every request of the page goes through request(): the one place where the session's CSRF token is sent with every
// write, a 401 (the session has ended) sends the reader to the login form, and the reader's language is sent along.

/** A refused request: the HTTP status and the problem document the service answered. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : String(status));
    this.status = status;
    this.problem = problem || {};
  }

  /** The problem's errors, each {pointer, message}. */
  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

let language = 'vi';

/** The language sent as Accept-Language, so that reasons and fixes come back in the reader's language. */
export function useLanguage(tag) {
  language = tag;
}

/** The CSRF token of the signed-in session (the XSRF-TOKEN cookie); empty in local mode, which has none. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function request(method, path, { json, form } = {}) {
  // X-Requested-With: a refused request is answered without a Basic challenge, so no browser dialog opens.
  const headers = { 'Accept': 'application/json', 'Accept-Language': language, 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET' && csrfToken()) {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  const init = { method, headers };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form;
  }
  const response = await fetch(path, init);
  const type = response.headers.get('Content-Type') || '';
  const body = response.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  if (response.status === 401) {
    window.location.assign('/login.html');
  }
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

const id = (value) => encodeURIComponent(value);
const plan = (planId) => `/api/plans/${id(planId)}`;

/** The endpoints the page uses, as the README's endpoint table names them. */
export const api = {
  texts: (lang) => request('GET', `/api/texts?lang=${id(lang)}`),
  plans: () => request('GET', '/api/plans'),
  plan: (planId) => request('GET', plan(planId)),
  importPlan: (file) => {
    const form = new FormData();
    form.append('file', file);
    return request('POST', '/api/plans/import', { form });
  },
  deletePlan: (planId) => request('DELETE', plan(planId)),
  solve: (planId, body) => request('POST', `${plan(planId)}/solve`, { json: body }),
  solves: (planId) => request('GET', `${plan(planId)}/solves`),
  job: (jobId) => request('GET', `/api/solves/${id(jobId)}`),
  stopJob: (jobId) => request('DELETE', `/api/solves/${id(jobId)}`),
  roadmap: (planId) => request('GET', `${plan(planId)}/roadmap`),
  explanation: (planId) => request('GET', `${plan(planId)}/roadmap/explanation`),
  projection: (planId) => request('GET', `${plan(planId)}/projection`),
  alignment: (planId) => request('GET', `${plan(planId)}/alignment`),
  priorities: (planId) => request('GET', `${plan(planId)}/priorities`),
  scenarios: (planId) => request('GET', `${plan(planId)}/scenarios`),
  createScenario: (planId, recipe) => request('POST', `${plan(planId)}/scenarios`, { json: recipe }),
  compare: (planIdA, planIdB) => request('GET', `${plan(planIdA)}/compare/${id(planIdB)}`),
  startFrontier: (planId, body) => request('POST', `${plan(planId)}/frontier`, { json: body }),
  frontiers: (planId) => request('GET', `${plan(planId)}/frontiers`),
  frontier: (frontierId) => request('GET', `/api/frontiers/${id(frontierId)}`),
  stopFrontier: (frontierId) => request('DELETE', `/api/frontiers/${id(frontierId)}`),
};

/**
 * Addresses of the downloads, for links (the browser fetches them itself). Report workbooks come titled in the
 * reader's language; the plan's own files and every CSV keep the names programs read.
 */
export const downloads = {
  planJson: (planId) => `${plan(planId)}/plan.json`,
  planXlsx: (planId) => `${plan(planId)}/plan.xlsx`,
  roadmapCsv: (planId) => `${plan(planId)}/roadmap.csv`,
  roadmapXlsx: (planId) => `${plan(planId)}/roadmap.xlsx?lang=${language}`,
  projectionCsv: (planId) => `${plan(planId)}/projection.csv`,
  projectionXlsx: (planId) => `${plan(planId)}/projection.xlsx?lang=${language}`,
  compareCsv: (a, b) => `${plan(a)}/compare/${id(b)}.csv`,
  compareXlsx: (a, b) => `${plan(a)}/compare/${id(b)}.xlsx?lang=${language}`,
  alignmentCsv: (planId) => `${plan(planId)}/alignment.csv`,
  alignmentXlsx: (planId) => `${plan(planId)}/alignment.xlsx?lang=${language}`,
  prioritiesCsv: (planId) => `${plan(planId)}/priorities.csv`,
  prioritiesXlsx: (planId) => `${plan(planId)}/priorities.xlsx?lang=${language}`,
};
