// Starting a solve with a time limit and an objective, and watching it: best score and objective as they rise, a
// progress bar against the time limit, a button to stop it. Also used for scenarios (solve, then compare).
import { api } from './api.js';
import { named, t } from './texts.js';
import { number } from './money.js';
import { el, fill } from './dom.js';

const OBJECTIVES = ['VALUE_OVER_TIME', 'MAX_VALUE', 'MIN_MAKESPAN'];
const POLL_MS = 500;
const FINISHED = ['COMPLETED', 'TERMINATED', 'FAILED'];

/** The objective part of a score: the soft score, after the hard and medium ones (0hard/0medium/7686soft). */
function softScore(score) {
  const match = /(-?\d+)soft/.exec(score || '');
  return match ? Number(match[1]) : null;
}

/**
 * Follows a job until it ends, calling back with it each time it is read.
 * @returns the job as it ended
 */
export async function followJob(jobId, onUpdate) {
  for (;;) {
    const job = await api.job(jobId);
    onUpdate(job);
    if (FINISHED.includes(job.status)) {
      return job;
    }
    await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
  }
}

/**
 * What is proven about a roadmap, in words: proven optimal, or feasible and at most so many per cent from the best
 * roadmap there could be (the exact search's gap), or not proven. Why it is not proven, in the reader's language, is
 * the service's `reason`, which the page shows on hover.
 */
export function optimalityText(optimality) {
  const status = named('page.optimality.', optimality.status);
  return optimality.status === 'FEASIBLE' && optimality.gap !== null && optimality.gap !== undefined
    ? `${status} · ${t('page.optimality.gap', number(optimality.gap * 100, 2))}` : status;
}

/** Writes a job's state: status, best score, objective, elapsed time against the limit, optimality. */
export function jobProgress(job, timeLimitSeconds) {
  const started = job.startedAt ? Date.parse(job.startedAt) : null;
  const ended = job.finishedAt ? Date.parse(job.finishedAt) : Date.now();
  const elapsed = started ? Math.max(0, (ended - started) / 1000) : 0;
  const done = ['COMPLETED', 'TERMINATED'].includes(job.status);
  const soft = softScore(job.bestScore);
  return el('div', { class: 'job-progress', 'data-status': job.status },
    el('progress', { max: timeLimitSeconds, value: done ? timeLimitSeconds : Math.min(elapsed, timeLimitSeconds),
      'aria-label': t('page.solve.progress') }),
    el('span', { class: 'job-status' }, named('page.status.', job.status)),
    el('span', {}, t('page.solve.elapsed', number(elapsed, 1), number(timeLimitSeconds))),
    job.bestScore ? el('span', { class: 'best-score' }, t('page.solve.bestScore', job.bestScore)) : null,
    soft !== null && job.objective !== 'MIN_MAKESPAN'
      ? el('span', { class: 'objective-value' }, t('page.solve.objectiveValue', number(soft))) : null,
    job.optimality ? el('span', { class: 'optimality', title: job.optimality.reason }, optimalityText(job.optimality))
      : null,
    job.reason ? el('span', { class: 'reason' }, job.reason) : null);
}

/**
 * The solve form of a plan.
 * @param onFinished called with the job once it has ended
 * @param baselineJobId an earlier job to re-plan from (a scenario from its parent's roadmap), or null
 */
export function solvePanel(app, planId, { onFinished, baselineJobId = null, idPrefix = 'solve' }) {
  const objective = el('select', { id: `${idPrefix}-objective` },
    OBJECTIVES.map((code) => el('option', { value: code }, named('page.objective.', code))));
  const limit = el('input', { id: `${idPrefix}-time-limit`, type: 'number', min: 1, max: 3600, step: 1, value: 10,
    required: true });
  const progress = el('div', { class: 'progress-line', 'aria-live': 'polite' });
  const stop = el('button', { type: 'button', class: 'stop', disabled: true }, t('page.solve.stop'));
  const start = el('button', { type: 'submit', class: 'primary' }, t('page.solve.start'));
  let jobId = null;
  stop.addEventListener('click', () => jobId && api.stopJob(jobId));
  const form = el('form', { class: 'solve-form', id: `${idPrefix}-form` },
    el('label', { for: objective.id }, t('page.solve.objective')), objective,
    el('label', { for: limit.id }, t('page.solve.timeLimit')), limit,
    start, stop, progress);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const timeLimitSeconds = Number(limit.value);
    const body = { objective: objective.value, timeLimitSeconds };
    if (baselineJobId) {
      body.baselineJobId = baselineJobId;
    }
    start.disabled = true;
    const job = await api.solve(planId, body);
    jobId = job.jobId;
    stop.disabled = false;
    app.say(t('page.solve.started'));
    const ended = await followJob(jobId, (current) => fill(progress, jobProgress(current, timeLimitSeconds)));
    start.disabled = false;
    stop.disabled = true;
    app.say(named('page.status.', ended.status));
    onFinished(ended);
  });
  return form;
}
