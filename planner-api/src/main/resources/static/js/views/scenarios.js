// Scenarios: budget sliders (−50 % … +50 % per funding source, or per period) make a scenario of the open plan;
// it is solved from the plan's roadmap and compared with it: moved, newly deferred, newly scheduled, the spending
// difference per period, as a two-row timeline and tables.
import { api, ApiError, downloads } from '../api.js';
import { named, t } from '../texts.js';
import { number } from '../money.js';
import { chart } from '../charts.js';
import { componentsById, periodLabels } from '../context.js';
import { drawTimeline } from '../timeline-chart.js';
import { solvePanel } from '../solve-panel.js';
import { downloadLink, el, fill, notice, table } from '../dom.js';
import { phaseBands } from './timeline.js';

const CHANGED = ['MOVED', 'NEWLY_DEFERRED', 'NEWLY_SCHEDULED'];
const PLAN_COLOUR = '#9e9e9e';
const SCENARIO_COLOUR = '#1f5fa8';

function signed(percentage) {
  return `${percentage > 0 ? '+' : percentage < 0 ? '−' : '±'}${number(Math.abs(percentage))} %`;
}

function slider(id, label, onInput) {
  const output = el('output', { for: id, class: 'slider-value' }, signed(0));
  const input = el('input', { id, type: 'range', min: -50, max: 50, step: 5, value: 0, 'data-percent': '0',
    oninput: () => {
      input.dataset.percent = input.value;
      fill(output, signed(Number(input.value)));
      onInput(Number(input.value));
    } });
  return { input, node: el('div', { class: 'slider' }, el('label', { for: id }, label), input, output) };
}

/** The form of sliders; on submit the recipe of the budget changes they set. */
function sliderForm(plan, onCreate) {
  const periodBudgets = new Map(plan.fundingSources.map((source) => [source.id, (plan.budgets || [])
    .filter((budget) => budget.fundingSource === source.id && budget.period).map((budget) => budget.period)]));
  const perPeriod = new Map();
  const grid = el('div', { class: 'period-sliders', hidden: true });
  const sources = plan.fundingSources.map((source) => {
    const periodSliders = periodBudgets.get(source.id).map((period) => ({ period,
      ...slider(`slider-${source.id}-${period}`, t('page.scenarios.sliderPeriod', source.name, period), () => {}) }));
    perPeriod.set(source.id, periodSliders);
    const whole = slider(`slider-${source.id}`, source.name, (value) => periodSliders.forEach((entry) => {
      entry.input.value = value;
      entry.input.dispatchEvent(new Event('input'));
    }));
    grid.append(el('fieldset', {}, el('legend', {}, source.name), periodSliders.map((entry) => entry.node)));
    return { source, whole };
  });
  const byPeriod = el('input', { id: 'scenario-by-period', type: 'checkbox',
    onchange: () => { grid.hidden = !byPeriod.checked; } });
  const name = el('input', { id: 'scenario-name', type: 'text', maxlength: 200,
    placeholder: t('page.scenarios.namePlaceholder') });
  const errors = el('div', { class: 'scenario-errors', 'aria-live': 'polite' });
  const form = el('form', { id: 'scenario-form', class: 'scenario-form' },
    el('fieldset', {}, el('legend', {}, t('page.scenarios.budgets')), sources.map((entry) => entry.whole.node)),
    el('label', { class: 'check' }, byPeriod, ' ', t('page.scenarios.byPeriod')),
    grid,
    el('label', { for: 'scenario-name' }, t('page.scenarios.name')), name,
    el('button', { type: 'submit', class: 'primary' }, t('page.scenarios.create')),
    errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const changes = [];
    const described = [];
    for (const { source, whole } of sources) {
      if (byPeriod.checked) {
        for (const entry of perPeriod.get(source.id)) {
          const value = Number(entry.input.value);
          if (value) {
            changes.push({ fundingSource: source.id, period: entry.period, scale: 1 + value / 100 });
            described.push(`${source.id} ${entry.period} ${signed(value)}`);
          }
        }
      } else if (Number(whole.input.value)) {
        changes.push({ fundingSource: source.id, scale: 1 + Number(whole.input.value) / 100 });
        described.push(`${source.id} ${signed(Number(whole.input.value))}`);
      }
    }
    const recipe = {
      name: (name.value.trim() || t('page.scenarios.defaultName', described.join(', ') || signed(0))).slice(0, 200),
      budgetChanges: changes,
    };
    try {
      await onCreate(recipe);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        throw error;
      }
      fill(errors, notice(error.errors.map((item) => `${item.pointer}: ${item.message}`).join('; ') || error.message,
        'error'));
    }
  });
  return form;
}

function changeRows(plan, comparison) {
  const byId = componentsById(plan);
  const periods = periodLabels(plan.calendar);
  const bar = (componentId, label, lane, colour) => {
    const start = periods.indexOf(label);
    const duration = byId.has(componentId) ? byId.get(componentId).duration : 1;
    return start < 0 ? null : { id: lane ? null : componentId, start, finish: start + duration - 1, lane, lanes: 2,
      colour };
  };
  return comparison.components.filter((component) => CHANGED.includes(component.change)).map((component) => ({
    key: component.componentId,
    label: `${component.name}`,
    bars: [bar(component.componentId, component.startA, 0, PLAN_COLOUR),
      bar(component.componentId, component.startB, 1, SCENARIO_COLOUR)].filter(Boolean),
  }));
}

function spendChart(container, comparison, money) {
  chart(container).setOption({
    animation: false,
    grid: { left: 70, right: 20, top: 30, bottom: 30 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => money.bare(value) },
    xAxis: { type: 'category', data: comparison.spend.map((period) => period.period) },
    yAxis: { type: 'value', name: money.unit, axisLabel: { formatter: (value) => money.bare(value) } },
    series: [{ name: t('page.compare.difference'), type: 'bar', barMaxWidth: 48,
      data: comparison.spend.map((period) => ({ value: period.difference,
        itemStyle: { color: period.difference < 0 ? '#c2571a' : '#2e7d32' } })) }],
  });
}

async function comparisonView(app, plan, scenario) {
  const [comparison, explanation, money] = await Promise.all([api.compare(plan.id, scenario.id),
    api.explanation(scenario.id), app.context.money()]);
  const reasons = new Map(explanation.components.map((component) => [component.componentId,
    component.reasons.map((reason) => reason.text)]));
  const changed = comparison.components.filter((component) => CHANGED.includes(component.change));
  const timelineBox = el('div', { id: 'compare-timeline', class: 'chart timeline', role: 'img',
    'aria-label': t('page.compare.timelineLabel') });
  const spendBox = el('div', { id: 'compare-spend', class: 'chart small', role: 'img',
    'aria-label': t('page.compare.spendLabel') });
  const node = el('section', { id: 'comparison', class: 'comparison', 'aria-labelledby': 'comparison-title' },
    el('h3', { id: 'comparison-title' }, t('page.compare.title', scenario.name)),
    el('ul', { class: 'kpis' },
      el('li', {}, el('strong', {}, number(comparison.a.objectiveValue)), t('page.compare.valueA')),
      el('li', {}, el('strong', {}, number(comparison.b.objectiveValue)), t('page.compare.valueB')),
      el('li', {}, el('strong', { id: 'compare-difference' }, number(comparison.difference)),
        t('page.compare.difference')),
      el('li', {}, el('strong', { id: 'compare-moved' }, comparison.moved.length), named('page.change.', 'MOVED')),
      el('li', {}, el('strong', {}, comparison.newlyDeferred.length), named('page.change.', 'NEWLY_DEFERRED')),
      el('li', {}, el('strong', {}, comparison.newlyScheduled.length), named('page.change.', 'NEWLY_SCHEDULED'))),
    changed.length ? [el('p', { class: 'legend' }, t('page.compare.legend')), timelineBox]
      : notice(t('page.compare.noChange')),
    table({
      caption: t('page.compare.tableCaption'),
      rows: changed,
      rowAttributes: (component) => ({ class: 'change-row', 'data-change': component.change }),
      columns: [
        { label: t('page.roadmap.component'), value: (component) => component.name },
        { label: t('page.compare.change'), value: (component) => named('page.change.', component.change) },
        { label: t('page.compare.startA'), value: (component) => component.startA || '—' },
        { label: t('page.compare.startB'), value: (component) => component.startB || '—' },
        { label: t('page.compare.shift'), numeric: true, value: (component) => (component.shiftPeriods === null ? ''
          : number(component.shiftPeriods)) },
        { label: t('page.compare.reasons'), value: (component) => (component.change === 'NEWLY_DEFERRED'
          ? (reasons.get(component.componentId) || []).join('; ') : '') },
      ],
    }),
    el('h4', {}, t('page.compare.spendTitle', money.unit)),
    spendBox,
    table({
      caption: t('page.compare.spendCaption', money.unit),
      rows: comparison.spend,
      columns: [
        { label: t('page.money.period'), value: (period) => period.period },
        { label: t('page.compare.spendA'), numeric: true, value: (period) => money.bare(period.totalA) },
        { label: t('page.compare.spendB'), numeric: true, value: (period) => money.bare(period.totalB) },
        { label: t('page.compare.difference'), numeric: true, value: (period) => money.bare(period.difference) },
      ],
    }),
    el('p', { class: 'downloads no-print' },
      downloadLink(downloads.compareXlsx(plan.id, scenario.id), t('page.download.compareXlsx')),
      downloadLink(downloads.compareCsv(plan.id, scenario.id), t('page.download.compareCsv'))));
  return {
    node,
    draw: () => {
      const periods = periodLabels(plan.calendar);
      if (changed.length) {
        drawTimeline(timelineBox, { rows: changeRows(plan, comparison), periods, phases: phaseBands(plan, periods),
          describe: (bar) => bar.id || '' });
      }
      spendChart(spendBox, comparison, money);
    },
  };
}

export default {
  id: 'scenarios',
  navKey: 'page.nav.scenarios',
  async render(target, app) {
    const { context } = app;
    const plan = await context.plan();
    target.append(el('h2', {}, t('page.scenarios.title')));
    if (!plan) {
      target.append(notice(t('page.noPlan')));
      return;
    }
    const roadmap = await context.roadmap();
    if (!roadmap) {
      target.append(notice(t('page.scenarios.solveFirst')));
      return;
    }
    const selected = el('div', { id: 'scenario-selected', 'aria-live': 'polite' });
    const showComparison = async (scenario) => {
      const comparison = await comparisonView(app, plan, scenario);
      fill(selected, comparison.node);
      comparison.draw();
      app.say(t('page.compare.ready', scenario.name));
    };
    const openScenario = (scenario, solved) => {
      fill(selected, el('h3', {}, scenario.name),
        solved ? null : notice(t('page.scenarios.solveIt')),
        solvePanel(app, scenario.id, { baselineJobId: roadmap.jobId, idPrefix: 'scenario-solve',
          onFinished: () => showComparison(scenario) }));
      if (solved) {
        showComparison(scenario);
      }
    };
    const scenarios = await api.scenarios(plan.id);
    target.append(
      el('h3', {}, t('page.scenarios.existing')),
      scenarios.length ? table({
        caption: t('page.scenarios.caption'),
        rows: scenarios,
        columns: [
          { label: t('page.plans.name'), value: (scenario) => scenario.name },
          { label: t('page.scenarios.latestValue'), numeric: true, value: (scenario) => (
            scenario.latestObjectiveValue === null ? '—' : number(scenario.latestObjectiveValue)) },
          { label: t('page.plans.actions'), value: (scenario) => el('button', { type: 'button',
            onclick: () => openScenario(scenario, scenario.latestObjectiveValue !== null) },
          t(scenario.latestObjectiveValue === null ? 'page.scenarios.solve' : 'page.scenarios.compare')) },
        ],
      }) : notice(t('page.scenarios.none')),
      el('h3', {}, t('page.scenarios.new')),
      sliderForm(plan, async (recipe) => {
        const scenario = await api.createScenario(plan.id, recipe);
        app.say(t('page.scenarios.created', scenario.name));
        app.scenarioToOpen = scenario.id;
        app.render();
      }),
      selected);
    // A scenario just made (here, or from a deferred component's fix on the roadmap) opens at once.
    const justMade = scenarios.find((scenario) => scenario.id === app.scenarioToOpen);
    app.scenarioToOpen = null;
    if (justMade) {
      openScenario(justMade, justMade.latestObjectiveValue !== null);
    }
  },
};
