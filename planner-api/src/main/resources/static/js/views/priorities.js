// The priorities leadership defends: the criteria's weights by pairwise comparison with their consistency ratio,
// the components ranked by weighted score with each criterion's share of it, and how far each weight can move
// before the top ten change. A plan without criteria says so.
import { api, ApiError, downloads } from '../api.js';
import { language, t } from '../texts.js';
import { chart, PALETTE } from '../charts.js';
import { downloadLink, el, notice, table } from '../dom.js';
import { number, percent } from '../money.js';

/** Saaty's limit: a consistency ratio above it is refused when the plan is stored. */
const CONSISTENT = 0.1;

/** Long Vietnamese names wrap onto a second line rather than run off the chart. */
const LABEL = { width: 280, overflow: 'break' };

const criterionName = (criterion) => (language() === 'en' && criterion.nameEn) || criterion.name;

function weightsChart(container, criteria, weights) {
  chart(container).setOption({
    animation: false,
    grid: { left: 20, right: 60, top: 10, bottom: 30, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      valueFormatter: (value) => percent(value) },
    xAxis: { type: 'value', axisLabel: { formatter: (value) => percent(value, 0) } },
    yAxis: { type: 'category', inverse: true, data: criteria.map(criterionName), axisLabel: LABEL },
    series: [{ type: 'bar', barMaxWidth: 28, data: criteria.map((criterion, k) => ({ value: weights[criterion.id],
      itemStyle: { color: PALETTE[k % PALETTE.length] } })),
      label: { show: true, position: 'right', formatter: (item) => percent(item.value) } }],
  });
}

/** The top components' scores, stacked by each criterion's contribution to them. */
function contributionsChart(container, criteria, ranked) {
  const top = ranked.filter((component) => !component.explicitValue).slice(0, 10);
  chart(container).setOption({
    animation: false,
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 20, right: 30, top: 10, bottom: 50, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => number(value, 2) },
    xAxis: { type: 'value', name: t('page.priorities.value') },
    yAxis: { type: 'category', inverse: true, data: top.map((component) => component.name), axisLabel: LABEL },
    series: criteria.map((criterion, k) => ({ name: criterionName(criterion), type: 'bar', stack: 'value',
      itemStyle: { color: PALETTE[k % PALETTE.length] },
      data: top.map((component) => (component.contributions[criterion.id] || 0) * component.value) })),
  });
}

function consistency(report) {
  const ratio = report.consistencyRatio;
  return el('p', { id: 'priorities-consistency', class: ratio <= CONSISTENT ? 'ok' : 'warning' },
    t('page.priorities.consistency', number(ratio, 3), number(report.lambdaMax, 3),
      number(report.consistencyIndex, 3), number(report.randomIndex, 2)),
    ' ', t(ratio <= CONSISTENT ? 'page.priorities.consistent' : 'page.priorities.inconsistent'));
}

export default {
  id: 'priorities',
  navKey: 'page.nav.priorities',
  async render(target, app) {
    const plan = await app.context.plan();
    target.append(el('h2', {}, t('page.priorities.title')));
    if (!plan) {
      target.append(notice(t('page.noPlan')));
      return;
    }
    let report;
    try {
      report = await api.priorities(plan.id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        target.append(notice(t('page.priorities.none')));
        return;
      }
      throw error;
    }
    const names = new Map(report.criteria.map((criterion) => [criterion.id, criterionName(criterion)]));
    const weightsBox = el('div', { id: 'priorities-weights', class: 'chart small', role: 'img',
      'aria-label': t('page.priorities.weightsLabel') });
    const contributionsBox = el('div', { id: 'priorities-contributions', class: 'chart', role: 'img',
      'aria-label': t('page.priorities.contributionsLabel') });
    target.append(
      el('h3', {}, t('page.priorities.weights')),
      weightsBox,
      consistency(report),
      el('h3', {}, t('page.priorities.contributions')),
      contributionsBox,
      table({
        caption: t('page.priorities.rankingCaption'),
        rows: report.components,
        rowAttributes: (component) => ({ 'data-component': component.componentId }),
        columns: [
          { label: t('page.priorities.rank'), numeric: true, value: (component) => String(component.rank) },
          { label: t('page.plans.name'), value: (component) => component.name },
          { label: t('page.priorities.value'), numeric: true, value: (component) => number(component.value, 2)
              + (component.explicitValue ? ` (${t('page.priorities.explicit')})` : '') },
          ...report.criteria.map((criterion) => ({ label: criterionName(criterion), numeric: true,
            value: (component) => (component.explicitValue ? '—'
              : percent(component.contributions[criterion.id] || 0)) })),
        ],
      }),
      el('h3', {}, t('page.priorities.sensitivity')),
      table({
        caption: t('page.priorities.sensitivityCaption'),
        rows: report.sensitivity,
        columns: [
          { label: t('page.priorities.criterion'), value: (range) => names.get(range.criterionId) },
          { label: t('page.priorities.weight'), numeric: true, value: (range) => percent(range.weight) },
          { label: t('page.priorities.lower'), numeric: true, value: (range) => percent(range.lower) },
          { label: t('page.priorities.upper'), numeric: true, value: (range) => percent(range.upper) },
        ],
      }),
      el('p', { class: 'downloads no-print' },
        downloadLink(downloads.prioritiesXlsx(plan.id), t('page.download.prioritiesXlsx')),
        downloadLink(downloads.prioritiesCsv(plan.id), t('page.download.prioritiesCsv'))));
    weightsChart(weightsBox, report.criteria, report.weights);
    contributionsChart(contributionsBox, report.criteria, report.components);
  },
};
