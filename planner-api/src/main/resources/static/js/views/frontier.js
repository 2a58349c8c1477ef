// The budget frontier: the open plan solved with its budgets (all, or one line) scaled, point after point, shown as
// budget → value as the points arrive, the current plan marked, the marginal value per extra billion; a point
// clicked opens its roadmap.
import { api } from '../api.js';
import { named, t } from '../texts.js';
import { number } from '../money.js';
import { chart } from '../charts.js';
import { periodLabels } from '../context.js';
import { drawTimeline } from '../timeline-chart.js';
import { el, fill, notice, table } from '../dom.js';
import { layerRows, phaseBands } from './timeline.js';

const POLL_MS = 700;
const FINISHED = ['COMPLETED', 'TERMINATED', 'FAILED'];

/** The scales from one percentage to another by a step: 50, 150, 10 → 0.5, 0.6 … 1.5. */
export function scalesBetween(fromPercent, toPercent, stepPercent) {
  const scales = [];
  for (let percent = fromPercent; percent <= toPercent + 1e-9; percent += stepPercent) {
    scales.push(Math.round(percent * 1000) / 100000);
  }
  return scales;
}

function pointRoadmap(plan, point) {
  const periods = periodLabels(plan.calendar);
  const durations = new Map(plan.components.map((component) => [component.id, component.duration]));
  const assignments = point.assignments.map((assignment) => {
    const start = periods.indexOf(assignment.startPeriod);
    return { componentId: assignment.componentId, start, finish: start + durations.get(assignment.componentId) - 1,
      deferred: false };
  });
  const box = el('div', { id: 'frontier-roadmap-chart', class: 'chart timeline', role: 'img',
    'aria-label': t('page.frontier.roadmapLabel', number(point.scale * 100)) });
  return {
    node: el('div', {}, el('h3', {}, t('page.frontier.roadmapTitle', number(point.scale * 100),
      number(point.objectiveValue))), box),
    draw: () => drawTimeline(box, { rows: layerRows(plan, assignments), periods, phases: phaseBands(plan, periods) }),
  };
}

function drawPoints(container, frontier, roadmap, money, onPoint) {
  const points = frontier.points;
  const scaleOne = points.find((point) => point.scale === 1) || points[0];
  const currentBudget = scaleOne ? scaleOne.budgetTotal / scaleOne.scale : null;
  const instance = chart(container);
  instance.setOption({
    animation: false,
    grid: { left: 80, right: 30, top: 30, bottom: 50 },
    tooltip: { trigger: 'item', formatter: (item) => window.echarts.format.encodeHTML(item.seriesIndex === 0
      ? t('page.frontier.pointTooltip', number(item.data.point.scale * 100), money.compact(item.value[0]),
        number(item.value[1]))
      : t('page.frontier.current', number(item.value[1]))) },
    xAxis: { type: 'value', name: t('page.frontier.budget', money.unit), nameLocation: 'middle', nameGap: 28,
      scale: true, axisLabel: { formatter: (value) => money.bare(value) } },
    yAxis: { type: 'value', name: t('page.frontier.value'), scale: true,
      axisLabel: { formatter: (value) => number(value) } },
    series: [
      { name: t('page.frontier.points'), type: 'line', symbolSize: 10, itemStyle: { color: '#1f5fa8' },
        data: points.map((point) => ({ value: [point.budgetTotal, point.objectiveValue], point,
          itemStyle: { color: point.feasible ? '#1f5fa8' : '#b71c1c' } })) },
      { name: t('page.frontier.currentPlan'), type: 'scatter', symbol: 'diamond', symbolSize: 16, z: 3,
        itemStyle: { color: '#c2571a' },
        data: currentBudget !== null && roadmap ? [[currentBudget, roadmap.objectiveValue]] : [] },
    ],
  });
  instance.on('click', (item) => item.seriesIndex === 0 && onPoint(item.data.point));
}

function pointsTable(frontier, money, onPoint) {
  return table({
    caption: t('page.frontier.tableCaption', money.billion.name),
    rows: frontier.points,
    rowAttributes: () => ({ class: 'frontier-point' }),
    columns: [
      { label: t('page.frontier.scale'), numeric: true, value: (point) => `${number(point.scale * 100)} %` },
      { label: t('page.frontier.budget', money.unit), numeric: true, value: (point) => money.bare(point.budgetTotal) },
      { label: t('page.frontier.value'), numeric: true, value: (point) => number(point.objectiveValue) },
      { label: t('page.roadmap.scheduled'), numeric: true, value: (point) => point.scheduled },
      { label: t('page.roadmap.deferred'), numeric: true, value: (point) => point.deferred },
      { label: t('page.frontier.marginal', money.billion.name), numeric: true, value: (point) => (
        point.marginalValue === null ? '—' : number(point.marginalValue * money.billion.units, 2)) },
      { label: t('page.frontier.feasible'), value: (point) => (point.feasible ? t('page.yes') : t('page.no')) },
      { label: t('page.plans.actions'), value: (point) => el('button', { type: 'button', onclick: () => onPoint(point) },
        t('page.frontier.openRoadmap')) },
    ],
  });
}

function startForm(plan, onStart) {
  const source = el('select', { id: 'frontier-source' },
    el('option', { value: '' }, t('page.frontier.allLines')),
    plan.fundingSources.map((line) => el('option', { value: line.id }, line.name)));
  const field = (id, value, min, max) => el('input', { id, type: 'number', value, min, max, step: 1, required: true });
  const from = field('frontier-from', 50, 1, 1000);
  const to = field('frontier-to', 150, 1, 1000);
  const step = field('frontier-step', 10, 1, 500);
  const seconds = field('frontier-seconds', 3, 1, 3600);
  const form = el('form', { id: 'frontier-form', class: 'frontier-form' },
    el('label', { for: source.id }, t('page.frontier.line')), source,
    el('label', { for: from.id }, t('page.frontier.from')), from,
    el('label', { for: to.id }, t('page.frontier.to')), to,
    el('label', { for: step.id }, t('page.frontier.step')), step,
    el('label', { for: seconds.id }, t('page.frontier.seconds')), seconds,
    el('button', { type: 'submit', class: 'primary' }, t('page.frontier.start')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { scales: scalesBetween(Number(from.value), Number(to.value), Number(step.value)),
      timeLimitSeconds: Number(seconds.value) };
    if (source.value) {
      body.fundingSource = source.value;
    }
    onStart(body);
  });
  return form;
}

export default {
  id: 'frontier',
  navKey: 'page.nav.frontier',
  async render(target, app) {
    const { context } = app;
    const plan = await context.plan();
    target.append(el('h2', {}, t('page.frontier.title')));
    if (!plan) {
      target.append(notice(t('page.noPlan')));
      return;
    }
    const [roadmap, money, frontiers] = await Promise.all([context.roadmap(), context.money(),
      api.frontiers(plan.id)]);
    const progress = el('div', { class: 'progress-line', 'aria-live': 'polite' });
    const chartBox = el('div', { id: 'frontier-chart', class: 'chart', role: 'img',
      'aria-label': t('page.frontier.chartLabel') });
    const points = el('div', { id: 'frontier-points' });
    const roadmapSlot = el('div', { id: 'frontier-roadmap' });
    const stop = el('button', { type: 'button', class: 'stop', disabled: true }, t('page.frontier.stop'));
    const openPoint = (point) => {
      const view = pointRoadmap(plan, point);
      fill(roadmapSlot, view.node);
      view.draw();
    };
    const show = (frontier) => {
      fill(progress, el('progress', { max: frontier.progress.total, value: frontier.progress.finished,
        'aria-label': t('page.frontier.progress') }),
      ` ${t('page.frontier.progressText', frontier.progress.finished, frontier.progress.total)}`,
      el('span', { class: 'job-status', 'data-status': frontier.status }, ` ${named('page.status.', frontier.status)}`));
      if (frontier.points.length) {
        drawPoints(chartBox, frontier, roadmap, money, openPoint);
        fill(points, pointsTable(frontier, money, openPoint));
      }
    };
    const follow = async (frontierId) => {
      stop.disabled = false;
      stop.onclick = () => api.stopFrontier(frontierId);
      for (;;) {
        const frontier = await api.frontier(frontierId);
        if (!target.isConnected) {
          return;
        }
        show(frontier);
        if (FINISHED.includes(frontier.status)) {
          stop.disabled = true;
          app.say(named('page.status.', frontier.status));
          return;
        }
        await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
      }
    };
    target.append(
      el('p', { class: 'hint' }, t('page.frontier.hint')),
      startForm(plan, async (body) => {
        const frontier = await api.startFrontier(plan.id, body);
        follow(frontier.frontierId);
      }),
      stop, progress, chartBox, points, roadmapSlot);
    if (frontiers.length) {
      follow(frontiers[0].frontierId);
    }
  },
};
