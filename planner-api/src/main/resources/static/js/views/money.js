// The money: spending per period stacked by layer or by funding source, each funding source's cap as a line, the
// headroom up to the caps shaded, the P10–P90 band and the P80 line of the Monte Carlo projection, the cumulative
// curve; totals nominal and in present value, the probability of breaking each cap, the exports.
import { downloads } from '../api.js';
import { named, t } from '../texts.js';
import { percent } from '../money.js';
import { chart, LAYERS, layerColour, PALETTE } from '../charts.js';
import { downloadLink, el, notice, table } from '../dom.js';

/** The stacks of one grouping: [{key, name, colour, values per period}]. */
function stacks(plan, projection, grouping) {
  if (grouping === 'layer') {
    const layers = Object.keys(projection.totals.byLayer)
      .sort((a, b) => (LAYERS.indexOf(a) + 1 || 99) - (LAYERS.indexOf(b) + 1 || 99));
    return layers.map((layer) => ({ key: layer, name: named('page.layer.', layer), colour: layerColour(layer),
      values: projection.periods.map((period) => period.byLayer[layer] || 0) }));
  }
  return plan.fundingSources.map((source, index) => ({ key: source.id, name: source.name, colour: PALETTE[index],
    values: projection.periods.map((period) => period.byFundingSource[source.id].spend) }));
}

function capLines(plan, projection) {
  return plan.fundingSources.map((source, index) => ({
    name: t('page.money.capOf', source.name), type: 'line', step: 'middle', symbol: 'rect', symbolSize: 6,
    lineStyle: { color: PALETTE[index], width: 2 }, itemStyle: { color: PALETTE[index] },
    data: projection.periods.map((period) => {
      const line = period.byFundingSource[source.id];
      return line.capped ? line.budget : null;
    }),
  })).filter((series) => series.data.some((value) => value !== null));
}

/** Spending under caps, and the caps, summed over the funding sources capped in each period. */
function cappedTotals(projection) {
  return projection.periods.map((period) => Object.values(period.byFundingSource)
    .filter((line) => line.capped)
    .reduce((sum, line) => ({ spend: sum.spend + line.spend, cap: sum.cap + line.budget }), { spend: 0, cap: 0 }));
}

function band(name, lower, upper, colour, stack) {
  return [
    { name, type: 'line', stack, symbol: 'none', lineStyle: { opacity: 0 }, data: lower, tooltip: { show: false },
      silent: true },
    { name, type: 'line', stack, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: colour },
      data: upper.map((value, index) => Math.max(value - lower[index], 0)), tooltip: { show: false }, silent: true },
  ];
}

function drawChart(container, plan, projection, money, grouping) {
  const instance = chart(container);
  const periods = projection.periods.map((period) => period.period);
  const capped = cappedTotals(projection);
  const headroom = t('page.money.headroom');
  const risk = t('page.money.band');
  instance.setOption({
    animation: false,
    color: PALETTE,
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 70, right: 70, top: 40, bottom: 70 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (value === null || value === undefined ? '—'
      : money.bare(value)) },
    xAxis: { type: 'category', data: periods },
    yAxis: [
      { type: 'value', name: money.unit, axisLabel: { formatter: (value) => money.bare(value) } },
      { type: 'value', name: t('page.money.cumulative'), splitLine: { show: false },
        axisLabel: { formatter: (value) => money.bare(value) } },
    ],
    series: [
      ...stacks(plan, projection, grouping).map((stack) => ({ name: stack.name, type: 'bar', stack: 'spend',
        barMaxWidth: 56, itemStyle: { color: stack.colour }, data: stack.values })),
      ...band(headroom, capped.map((line) => line.spend), capped.map((line) => line.cap), 'rgba(46,125,50,0.18)',
        'headroom'),
      ...band(risk, projection.periods.map((period) => period.p10), projection.periods.map((period) => period.p90),
        'rgba(120,120,120,0.22)', 'risk'),
      { name: t('page.money.p80'), type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: '#333' },
        itemStyle: { color: '#333' }, data: projection.periods.map((period) => period.p80) },
      ...capLines(plan, projection),
      { name: t('page.money.cumulative'), type: 'line', yAxisIndex: 1, smooth: false, symbol: 'circle',
        lineStyle: { color: '#6a1b9a' }, itemStyle: { color: '#6a1b9a' },
        data: projection.periods.map((period) => period.cumulativeTotal) },
    ],
  });
  return instance;
}

function totals(projection, money) {
  const figures = [
    ['page.money.totalConstant', projection.totals.total],
    ['page.money.totalNominal', projection.totals.nominal],
    ['page.money.totalPresentValue', projection.totals.presentValue],
    ['page.money.totalP80', projection.totals.p80],
    ['page.money.contingency', projection.totals.contingency],
  ];
  return el('ul', { class: 'kpis', id: 'money-totals' }, figures.map(([key, value]) => el('li', {},
    el('strong', {}, money.compact(value)), t(key))));
}

function riskTable(plan, projection) {
  const capped = plan.fundingSources.filter((source) => projection.periods
    .some((period) => period.byFundingSource[source.id].capped));
  return table({
    caption: t('page.money.riskCaption', projection.simulations),
    rows: capped,
    columns: [
      { label: t('page.money.fundingSource'), value: (source) => source.name },
      ...projection.periods.map((period) => ({ label: period.period, numeric: true, value: (source) => {
        const line = period.byFundingSource[source.id];
        if (!line.capped) {
          return '—';
        }
        return el('span', { class: line.probOverBudget >= 0.2 ? 'risk-high' : null }, percent(line.probOverBudget));
      } })),
    ],
  });
}

function figuresTable(plan, projection, money) {
  return el('details', { class: 'fallback' }, el('summary', {}, t('page.money.table')), table({
    caption: t('page.money.tableCaption', money.unit),
    rows: projection.periods,
    columns: [
      { label: t('page.money.period'), value: (period) => period.period },
      ...plan.fundingSources.map((source) => ({ label: source.name, numeric: true,
        value: (period) => money.bare(period.byFundingSource[source.id].spend) })),
      { label: t('page.money.total'), numeric: true, value: (period) => money.bare(period.total) },
      { label: t('page.money.nominal'), numeric: true, value: (period) => money.bare(period.nominal) },
      { label: t('page.money.presentValue'), numeric: true, value: (period) => money.bare(period.presentValue) },
      { label: 'P10', numeric: true, value: (period) => money.bare(period.p10) },
      { label: 'P80', numeric: true, value: (period) => money.bare(period.p80) },
      { label: 'P90', numeric: true, value: (period) => money.bare(period.p90) },
      { label: t('page.money.cumulative'), numeric: true, value: (period) => money.bare(period.cumulativeTotal) },
    ],
  }));
}

export default {
  id: 'money',
  navKey: 'page.nav.money',
  async render(target, app) {
    const { context } = app;
    const plan = await context.plan();
    target.append(el('h2', {}, t('page.money.title')));
    if (!plan) {
      target.append(notice(t('page.noPlan')));
      return;
    }
    const projection = await context.projection();
    if (!projection) {
      target.append(notice(t('page.notSolved')));
      return;
    }
    const money = await context.money();
    const chartBox = el('div', { id: 'money-chart', class: 'chart money', role: 'img',
      'aria-label': t('page.money.chartLabel') });
    const grouping = (value) => el('label', {}, el('input', { type: 'radio', name: 'money-grouping', value,
      checked: value === 'fundingSource', onchange: () => drawChart(chartBox, plan, projection, money, value) }),
    ' ', t(`page.money.by.${value}`));
    target.append(
      totals(projection, money),
      el('fieldset', { class: 'grouping no-print' }, el('legend', {}, t('page.money.grouping')),
        grouping('fundingSource'), grouping('layer')),
      chartBox,
      figuresTable(plan, projection, money),
      el('h3', {}, t('page.money.riskTitle')),
      riskTable(plan, projection),
      el('p', { class: 'downloads no-print' },
        downloadLink(downloads.projectionXlsx(plan.id), t('page.download.projectionXlsx')),
        downloadLink(downloads.projectionCsv(plan.id), t('page.download.projectionCsv'))));
    drawChart(chartBox, plan, projection, money, 'fundingSource');
  },
};
