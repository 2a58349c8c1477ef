// The framework alignment: coverage of the national framework's catalogue by layer over the periods of the
// roadmap, the required entries missing, capabilities built twice and national systems rebuilt, with their money.
import { api, downloads } from '../api.js';
import { language, named, t } from '../texts.js';
import { chart, LAYERS, layerColour } from '../charts.js';
import { downloadLink, el, notice, table } from '../dom.js';

function coverageChart(container, coverage) {
  const layers = [...new Set(coverage.flatMap((period) => period.layers.map((layer) => layer.layer)))]
    .sort((a, b) => (LAYERS.indexOf(a) + 1 || 99) - (LAYERS.indexOf(b) + 1 || 99));
  chart(container).setOption({
    animation: false,
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 50, right: 20, top: 30, bottom: 60 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: coverage.map((period) => period.period) },
    yAxis: { type: 'value', name: t('page.alignment.entriesLive'), minInterval: 1 },
    series: [
      ...layers.map((layer) => ({ name: named('page.layer.', layer), type: 'bar', stack: 'live', barMaxWidth: 56,
        itemStyle: { color: layerColour(layer) },
        data: coverage.map((period) => (period.layers.find((entry) => entry.layer === layer) || { live: 0 }).live) })),
      { name: t('page.alignment.requiredLive'), type: 'line', itemStyle: { color: '#111' },
        data: coverage.map((period) => period.requiredLive) },
      { name: t('page.alignment.required'), type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: '#111' },
        data: coverage.map((period) => period.required) },
    ],
  });
}

function entryName(entry) {
  return language() === 'en' ? entry.nameEn : entry.nameVi;
}

/** Rows {entry, components, capex, opexInHorizon}: a duplicated capability, or a national system rebuilt. */
function moneyTable(caption, rows, money) {
  return table({
    caption,
    rows,
    columns: [
      { label: t('page.alignment.entry'), value: (row) => row.entry },
      { label: t('page.alignment.components'), value: (row) => row.components },
      { label: t('page.card.capex'), numeric: true, value: (row) => money.bare(row.capex) },
      { label: t('page.alignment.opexInHorizon'), numeric: true, value: (row) => money.bare(row.opexInHorizon) },
    ],
  });
}

const duplicationRows = (duplications) => duplications.map((duplication) => ({
  entry: `${duplication.code} ${language() === 'en' ? duplication.nameEn : duplication.nameVi}`,
  components: duplication.components.map((component) => component.name).join('; '),
  capex: duplication.capex, opexInHorizon: duplication.opexInHorizon }));

const wasteRows = (waste) => waste.map((entry) => ({ entry: entry.codes.join(', '), components: entry.component.name,
  capex: entry.component.capex, opexInHorizon: entry.component.opexInHorizon }));

export default {
  id: 'alignment',
  navKey: 'page.nav.alignment',
  async render(target, app) {
    const { context } = app;
    const plan = await context.plan();
    target.append(el('h2', {}, t('page.alignment.title')));
    if (!plan) {
      target.append(notice(t('page.noPlan')));
      return;
    }
    const [report, money] = await Promise.all([api.alignment(plan.id), context.money()]);
    const alignment = report.roadmap ? report.roadmap.alignment : report.plan;
    const gaps = alignment.entries.filter((entry) => entry.requiredGap);
    const chartBox = el('div', { id: 'alignment-chart', class: 'chart', role: 'img',
      'aria-label': t('page.alignment.chartLabel') });
    target.append(
      el('p', {}, t(report.roadmap ? 'page.alignment.byRoadmap' : 'page.alignment.byPlan', report.framework)),
      alignment.coverage && alignment.coverage.length
        ? el('div', {}, el('h3', {}, t('page.alignment.coverage')), chartBox) : '',
      el('h3', {}, t('page.alignment.gaps', gaps.length)),
      gaps.length ? el('ul', { id: 'alignment-gaps' }, gaps.map((entry) => el('li', {},
        el('strong', {}, entry.code), ` ${entryName(entry)} · ${named('page.alignmentStatus.', entry.status)}`)))
        : notice(t('page.alignment.noGaps')),
      el('h3', {}, t('page.alignment.duplications', alignment.duplications.length)),
      alignment.duplications.length ? moneyTable(t('page.alignment.duplicationsCaption', money.unit),
        duplicationRows(alignment.duplications), money)
        : notice(t('page.alignment.noDuplications')),
      el('h3', {}, t('page.alignment.waste', alignment.waste.length)),
      alignment.waste.length ? moneyTable(t('page.alignment.wasteCaption', money.unit), wasteRows(alignment.waste),
        money) : notice(t('page.alignment.noWaste')),
      el('details', { class: 'fallback' }, el('summary', {}, t('page.alignment.entries')), table({
        caption: t('page.alignment.entriesCaption'),
        rows: alignment.entries,
        columns: [
          { label: t('page.alignment.entry'), value: (entry) => entry.code },
          { label: t('page.plans.name'), value: entryName },
          { label: t('page.roadmap.layer'), value: (entry) => named('page.layer.', entry.layer) },
          { label: t('page.alignment.requirement'), value: (entry) => named('page.priority.', entry.requirement) },
          { label: t('page.alignment.status'), value: (entry) => named('page.alignmentStatus.', entry.status) },
          { label: t('page.alignment.deliveredBy'), value: (entry) => entry.deliveredBy.join(', ') },
          { label: t('page.alignment.liveFrom'), value: (entry) => entry.liveFrom || '—' },
        ],
      })),
      el('p', { class: 'downloads no-print' },
        downloadLink(downloads.alignmentXlsx(plan.id), t('page.download.alignmentXlsx')),
        downloadLink(downloads.alignmentCsv(plan.id), t('page.download.alignmentCsv'))));
    if (alignment.coverage && alignment.coverage.length) {
      coverageChart(chartBox, alignment.coverage);
    }
  },
};
