// Plans: the list (scenarios under their parent), open, import a file with its errors listed by row and column,
// download, delete after confirmation.
import { api, ApiError, downloads } from '../api.js';
import { t } from '../texts.js';
import { downloadLink, el, fill, notice, table } from '../dom.js';

/** The plans as a tree: every plan whose parent is listed comes right under it, indented. */
function asTree(plans) {
  const ids = new Set(plans.map((plan) => plan.id));
  const children = new Map();
  for (const plan of plans) {
    const parent = plan.parentId && ids.has(plan.parentId) ? plan.parentId : null;
    children.set(parent, [...(children.get(parent) || []), plan]);
  }
  const rows = [];
  const visit = (parent, depth) => (children.get(parent) || []).forEach((plan) => {
    rows.push({ plan, depth });
    visit(plan.id, depth + 1);
  });
  visit(null, 0);
  return rows;
}

function importForm(app) {
  const errors = el('div', { id: 'import-errors', class: 'import-errors', 'aria-live': 'polite' });
  const input = el('input', { id: 'import-file', type: 'file', name: 'file', accept: '.json,.csv,.xlsx', required: true });
  const form = el('form', { id: 'import-form', class: 'import' },
    el('label', { for: 'import-file' }, t('page.plans.import.file')),
    input,
    el('button', { type: 'submit' }, t('page.plans.import.submit')),
    el('p', { class: 'hint' }, t('page.plans.import.hint')),
    errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files[0];
    if (!file) {
      return;
    }
    try {
      const created = await api.importPlan(file);
      app.say(t('page.plans.import.done', created.name));
      app.context.open(created.id);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        throw error;
      }
      fill(errors,
        notice(t('page.plans.import.refused', file.name, error.errors.length || 1), 'error'),
        el('ul', { class: 'errors' }, (error.errors.length ? error.errors : [{ message: error.message }])
          .map((item) => el('li', {}, item.message, item.pointer ? el('code', {}, ` ${item.pointer}`) : null))));
    }
  });
  return form;
}

function confirmDelete(app, plan) {
  const dialog = el('dialog', { id: 'delete-dialog', class: 'confirm', 'aria-labelledby': 'delete-title' },
    el('h3', { id: 'delete-title' }, t('page.plans.delete.title')),
    el('p', {}, t('page.plans.delete.question', plan.name)),
    el('form', { method: 'dialog', class: 'actions' },
      el('button', { value: 'cancel', autofocus: true }, t('page.action.cancel')),
      el('button', { id: 'delete-confirm', value: 'delete', class: 'danger' }, t('page.plans.delete.confirm'))));
  dialog.addEventListener('close', async () => {
    dialog.remove();
    if (dialog.returnValue === 'delete') {
      await api.deletePlan(plan.id);
      app.say(t('page.plans.delete.done', plan.name));
      app.context.open(app.context.planId === plan.id ? null : app.context.planId);
    }
  });
  document.body.append(dialog);
  dialog.showModal();
}

function planTable(app, plans) {
  const rows = asTree(plans);
  if (!rows.length) {
    return notice(t('page.plans.empty'));
  }
  return table({
    caption: t('page.plans.caption'),
    rows,
    rowAttributes: ({ plan }) => ({ class: plan.id === app.context.planId ? 'current' : null, 'data-plan': plan.id }),
    columns: [
      { label: t('page.plans.name'), value: ({ plan, depth }) => el('span', { class: `depth-${Math.min(depth, 3)}` },
        depth ? el('span', { class: 'scenario-mark', 'aria-label': t('page.plans.scenarioOf') }, '↳ ') : null,
        plan.name) },
      { label: t('page.plans.version'), numeric: true, value: ({ plan }) => plan.version },
      { label: t('page.plans.updated'), value: ({ plan }) => new Date(plan.updatedAt).toLocaleString(
        document.documentElement.lang === 'vi' ? 'vi-VN' : 'en-GB') },
      { label: t('page.plans.actions'), value: ({ plan }) => el('span', { class: 'actions' },
        el('button', { type: 'button', class: 'open', onclick: () => {
          app.context.open(plan.id);
          app.show('timeline');
        } }, t('page.plans.open')),
        downloadLink(downloads.planJson(plan.id), t('page.plans.downloadJson')),
        downloadLink(downloads.planXlsx(plan.id), t('page.plans.downloadXlsx')),
        el('button', { type: 'button', class: 'danger delete', onclick: () => confirmDelete(app, plan) },
          t('page.plans.delete'))) },
    ],
  });
}

export default {
  id: 'plans',
  navKey: 'page.nav.plans',
  async render(target, app) {
    const plans = await api.plans();
    target.append(
      el('h2', {}, t('page.plans.title')),
      el('h3', {}, t('page.plans.import.title')),
      importForm(app),
      planTable(app, plans));
  },
};
