// The roadmap: the solve form, one bar per scheduled component grouped by layer with the phases shaded and pins
// marked, a component's card on click, the money per period, and the deferred components with their reasons and
// cheapest fix, each fix one click from a scenario.
import { api, ApiError, downloads } from '../api.js';
import { named, t } from '../texts.js';
import { number } from '../money.js';
import { componentsById, periodLabels } from '../context.js';
import { LAYERS, layerColour } from '../charts.js';
import { drawTimeline } from '../timeline-chart.js';
import { componentCard } from '../component-card.js';
import { optimalityText, solvePanel } from '../solve-panel.js';
import { downloadLink, el, fill, notice, table } from '../dom.js';

function predecessors(component) {
  return (component.dependsOn || []).map((entry) => (typeof entry === 'string' ? { id: entry, lag: 0 }
    : { id: entry.id, lag: entry.lag || 0 }));
}

/** The scheduled components by layer (the framework's order), each layer under a header row, earliest first. */
export function layerRows(plan, assignments, colourOf = (component) => layerColour(component.layer)) {
  const byId = componentsById(plan);
  const scheduled = assignments.filter((assignment) => !assignment.deferred);
  const layerOf = (assignment) => byId.get(assignment.componentId).layer || '';
  const layers = [...new Set(scheduled.map(layerOf))]
    .sort((a, b) => (LAYERS.indexOf(a) + 1 || 99) - (LAYERS.indexOf(b) + 1 || 99));
  return layers.flatMap((layer) => [
    { key: `layer:${layer}`, label: named('page.layer.', layer).toUpperCase(), header: true, bars: [] },
    ...scheduled.filter((assignment) => layerOf(assignment) === layer)
      .sort((a, b) => a.start - b.start)
      .map((assignment) => {
        const component = byId.get(assignment.componentId);
        return { key: component.id, label: component.name, bars: [{ id: component.id, start: assignment.start,
          finish: assignment.finish, colour: colourOf(component), pinned: Boolean(component.pinnedStart) }] };
      }),
  ]);
}

/** The dependencies of a component to draw: from each predecessor, to each successor; critical when it binds. */
export function dependencyArrows(plan, assignments) {
  const starts = new Map(assignments.filter((a) => !a.deferred).map((a) => [a.componentId, a]));
  const links = plan.components.flatMap((component) => predecessors(component)
    .filter((link) => starts.has(link.id) && starts.has(component.id))
    .map((link) => ({ from: link.id, to: component.id,
      critical: starts.get(component.id).start === starts.get(link.id).finish + 1 + link.lag })));
  return (id) => links.filter((link) => link.from === id || link.to === id);
}

export function phaseBands(plan, periods) {
  return (plan.phases || []).map((phase) => ({ name: phase.name, first: periods.indexOf(phase.firstPeriod),
    last: periods.indexOf(phase.lastPeriod) })).filter((phase) => phase.first >= 0 && phase.last >= 0);
}

function summary(roadmap, deferredCount) {
  const scheduled = roadmap.assignments.length - deferredCount;
  return el('ul', { class: 'kpis' },
    el('li', {}, el('strong', { id: 'kpi-objective' }, number(roadmap.objectiveValue)), t('page.roadmap.objective')),
    el('li', {}, el('strong', { id: 'kpi-scheduled' }, scheduled), t('page.roadmap.scheduled')),
    el('li', {}, el('strong', { id: 'kpi-deferred' }, deferredCount), t('page.roadmap.deferred')),
    el('li', {}, el('strong', {}, roadmap.feasible ? t('page.roadmap.feasible') : t('page.roadmap.infeasible')),
      named('page.status.', roadmap.jobStatus)),
    roadmap.optimality ? el('li', {}, el('strong', { id: 'kpi-optimality', title: roadmap.optimality.reason },
      optimalityText(roadmap.optimality)),
      t('page.roadmap.optimality')) : null);
}

function scheduleTable(plan, rows, roadmap, onOpen) {
  const assignments = new Map(roadmap.assignments.map((a) => [a.componentId, a]));
  const byId = componentsById(plan);
  return el('details', { class: 'fallback' },
    el('summary', {}, t('page.roadmap.table')),
    table({
      caption: t('page.roadmap.tableCaption'),
      rows: rows.filter((row) => !row.header).map((row) => assignments.get(row.key)),
      rowAttributes: () => ({ class: 'scheduled-row' }),
      columns: [
        { label: t('page.roadmap.component'), value: (a) => el('button', { type: 'button', class: 'link',
          onclick: () => onOpen(a.componentId) }, byId.get(a.componentId).name) },
        { label: t('page.roadmap.layer'), value: (a) => named('page.layer.', byId.get(a.componentId).layer || '') },
        { label: t('page.roadmap.start'), value: (a) => a.startPeriod },
        { label: t('page.roadmap.finish'), value: (a) => a.finishPeriod },
        { label: t('page.roadmap.phase'), value: (a) => a.phase || '—' },
        { label: t('page.roadmap.pinned'), value: (a) => (byId.get(a.componentId).pinnedStart ? t('page.yes') : '') },
      ],
    }));
}

function moneyTable(plan, projection, money) {
  const sources = plan.fundingSources;
  return table({
    caption: t('page.roadmap.moneyCaption', money.unit),
    rows: projection.periods,
    columns: [
      { label: t('page.money.period'), value: (period) => period.period },
      ...sources.map((source) => ({ label: source.name, numeric: true, value: (period) => {
        const line = period.byFundingSource[source.id];
        return line.capped ? t('page.money.ofCap', money.bare(line.spend), money.bare(line.budget))
          : money.bare(line.spend);
      } })),
      { label: t('page.money.total'), numeric: true, value: (period) => money.bare(period.total) },
    ],
  });
}

function deferredList(app, explanation) {
  const deferred = explanation.components.filter((component) => component.deferred);
  if (!deferred.length) {
    return notice(t('page.roadmap.noneDeferred'));
  }
  return el('ol', { class: 'deferred', id: 'deferred-list' }, deferred.map((component) => {
    const result = el('div', { class: 'fix-result', 'aria-live': 'polite' });
    const canFix = component.fix && component.fix.kind !== 'NONE';
    const button = canFix ? el('button', { type: 'button', class: 'make-scenario', onclick: async () => {
      button.disabled = true;
      try {
        const scenario = await api.createScenario(app.context.planId, { fromFix: component.componentId });
        app.say(t('page.roadmap.fixScenarioMade', scenario.name));
        app.scenarioToOpen = scenario.id;
        app.show('scenarios');
      } catch (error) {
        button.disabled = false;
        if (!(error instanceof ApiError)) {
          throw error;
        }
        fill(result, notice(error.errors.map((item) => item.message).join('; ') || error.message, 'error'));
      }
    } }, t('page.roadmap.fixAsScenario')) : null;
    return el('li', { 'data-component': component.componentId },
      el('h4', {}, component.name),
      el('p', { class: 'label' }, t('page.roadmap.reasons')),
      el('ul', { class: 'reasons' }, component.reasons.map((reason) => el('li', {}, reason.text))),
      component.fix ? el('p', { class: 'fix' }, el('strong', {}, t('page.roadmap.cheapestFix')), ' ',
        component.fix.summary || component.fix.reason) : null,
      button, result);
  }));
}

export default {
  id: 'timeline',
  navKey: 'page.nav.timeline',
  async render(target, app) {
    const { context } = app;
    const plan = await context.plan();
    if (!plan) {
      target.append(el('h2', {}, t('page.timeline.title')), notice(t('page.noPlan')));
      return;
    }
    target.append(el('h2', {}, t('page.timeline.title')),
      el('div', { class: 'no-print' }, solvePanel(app, plan.id, { onFinished: () => context.invalidate() })));
    const roadmap = await context.roadmap();
    if (!roadmap) {
      target.append(notice(t('page.notSolved')));
      return;
    }
    const [explanation, projection, money] = await Promise.all([context.explanation(), context.projection(),
      context.money()]);
    const byId = componentsById(plan);
    const explained = new Map(explanation.components.map((component) => [component.componentId, component]));
    const assignments = new Map(roadmap.assignments.map((a) => [a.componentId, a]));
    const periods = periodLabels(plan.calendar);
    const rows = layerRows(plan, roadmap.assignments);
    const card = el('aside', { class: 'card-slot', 'aria-live': 'polite' }, el('p', { class: 'muted' },
      t('page.roadmap.cardHint')));
    const open = (id) => {
      fill(card, componentCard({ component: byId.get(id), plan, byId, assignment: assignments.get(id),
        explained: explained.get(id), money }));
      timeline.select(id);
    };
    const chartBox = el('div', { id: 'timeline-chart', class: 'chart timeline', role: 'img',
      'aria-label': t('page.roadmap.chartLabel') });
    const deferredCount = roadmap.assignments.filter((a) => a.deferred).length;
    target.append(
      summary(roadmap, deferredCount),
      el('p', { class: 'legend' }, t('page.roadmap.legend')),
      el('div', { class: 'timeline-layout' }, chartBox, card),
      scheduleTable(plan, rows, roadmap, open),
      el('h3', {}, t('page.roadmap.moneyTitle')),
      moneyTable(plan, projection, money),
      el('h3', {}, t('page.roadmap.deferredTitle', deferredCount)),
      deferredList(app, explanation),
      el('p', { class: 'downloads no-print' },
        downloadLink(downloads.roadmapXlsx(plan.id), t('page.download.roadmapXlsx')),
        downloadLink(downloads.roadmapCsv(plan.id), t('page.download.roadmapCsv'))));
    const timeline = drawTimeline(chartBox, {
      rows,
      periods,
      phases: phaseBands(plan, periods),
      arrowsFor: dependencyArrows(plan, roadmap.assignments),
      describe: (bar) => t('page.roadmap.barTooltip', byId.get(bar.id).name, periods[bar.start], periods[bar.finish]),
      onSelect: open,
    });
  },
};
