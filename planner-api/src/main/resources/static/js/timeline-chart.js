// The roadmap as a timeline: an ECharts custom series of one bar per row from start to finish, rows grouped under
// header rows, the plan's phases shaded, pinned bars marked, and arrows from the predecessors (and to the
// successors) of the bar hovered or selected. The timeline, the scenario comparison and the frontier share it.
import { chart } from './charts.js';

const ROW_HEIGHT = 22;
const PIN_SIZE = 7;

/**
 * @param container the element the chart fills (its height is set from the rows)
 * @param rows [{key, label, header, bars: [{id, start, finish, lane, lanes, colour, pinned}]}], start and finish
 *        period indexes (finish inclusive)
 * @param periods the plan's period labels
 * @param phases [{name, first, last}] period indexes
 * @param arrowsFor id → [{from, to, critical}] the dependencies to draw when the bar of id is hovered or selected
 * @param describe bar → tooltip text
 * @param onSelect id → called when a bar is clicked
 */
export function drawTimeline(container, { rows, periods, phases = [], arrowsFor = () => [], describe, onSelect }) {
  container.style.height = `${rows.length * ROW_HEIGHT + 80}px`;
  const instance = chart(container);
  const headers = new Set(rows.filter((row) => row.header).map((row) => row.key));
  const labels = new Map(rows.map((row) => [row.key, row.label]));
  const ends = new Map();
  const data = [];
  rows.forEach((row, y) => row.bars.forEach((bar) => {
    if (bar.id && !ends.has(bar.id)) {
      ends.set(bar.id, { start: bar.start, end: bar.finish + 1, y });
    }
    data.push({
      id: `${row.key}:${bar.lane || 0}`,
      value: [bar.start, bar.finish + 1, y, bar.lane || 0, bar.lanes || 1, bar.pinned ? 1 : 0],
      itemStyle: { color: bar.colour, borderColor: bar.pinned ? '#111' : bar.colour, borderWidth: bar.pinned ? 1.5 : 0,
        borderType: bar.pinned ? 'dashed' : 'solid' },
      bar,
    });
  }));
  let selected = null;

  const arrows = (id) => (id ? arrowsFor(id) : [])
    .filter((arrow) => ends.has(arrow.from) && ends.has(arrow.to))
    .map((arrow) => ({
      coords: [[ends.get(arrow.from).end, ends.get(arrow.from).y], [ends.get(arrow.to).start, ends.get(arrow.to).y]],
      lineStyle: { color: arrow.critical ? '#b71c1c' : '#555', type: arrow.critical ? 'solid' : 'dashed',
        width: arrow.critical ? 2 : 1 },
    }));
  const showArrows = (id) => instance.setOption({ series: [{}, { data: arrows(id) }] });

  instance.setOption({
    animation: false,
    grid: { left: 270, right: 16, top: 60, bottom: 8 },
    tooltip: { trigger: 'item', confine: true,
      formatter: (item) => (item.seriesIndex === 0 && describe
        ? window.echarts.format.encodeHTML(describe(item.data.bar)) : '') },
    xAxis: {
      type: 'value', position: 'top', min: 0, max: periods.length, interval: 1,
      axisLabel: { formatter: (value) => periods[value] ?? '', align: 'left' },
      splitLine: { lineStyle: { color: '#ccc' } },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((row) => row.key),
      axisTick: { show: false },
      axisLabel: {
        width: 255, overflow: 'truncate', interval: 0,
        formatter: (key) => (headers.has(key) ? `{header|${labels.get(key)}}` : labels.get(key)),
        rich: { header: { fontWeight: 'bold', color: '#111' } },
      },
    },
    series: [
      {
        type: 'custom',
        renderItem: (params, api) => renderBar(params, api),
        encode: { x: [0, 1], y: 2 },
        data,
        markArea: {
          silent: true,
          label: { position: 'top', distance: 24, color: '#333', fontWeight: 'bold' },
          data: phases.map((phase, index) => [
            { xAxis: phase.first, name: phase.name, itemStyle: { color: index % 2 ? '#eef3f8' : '#f7f1e6' } },
            { xAxis: phase.last + 1 },
          ]),
        },
      },
      {
        type: 'lines', coordinateSystem: 'cartesian2d', silent: true, z: 5,
        symbol: ['none', 'arrow'], symbolSize: 8, data: [],
      },
    ],
  });

  instance.on('click', (item) => {
    if (item.seriesIndex === 0 && item.data.bar.id) {
      selected = item.data.bar.id;
      showArrows(selected);
      if (onSelect) {
        onSelect(selected);
      }
    }
  });
  instance.on('mouseover', (item) => {
    if (item.seriesIndex === 0 && item.data.bar.id) {
      showArrows(item.data.bar.id);
    }
  });
  instance.on('mouseout', () => showArrows(selected));
  return {
    instance,
    /** Selects a bar from outside the chart (the table's buttons, the keyboard). */
    select(id) {
      selected = id;
      showArrows(id);
    },
  };
}

function renderBar(params, api) {
  const from = api.coord([api.value(0), api.value(2)]);
  const to = api.coord([api.value(1), api.value(2)]);
  const band = api.size([0, 1])[1];
  const lanes = api.value(4);
  const laneHeight = (band * 0.76) / lanes;
  const top = from[1] - band * 0.38 + api.value(3) * laneHeight;
  const shape = window.echarts.graphic.clipRectByRect(
    { x: from[0] + 1, y: top + 1, width: Math.max(to[0] - from[0] - 2, 2), height: laneHeight - 2 },
    { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
  if (!shape) {
    return null;
  }
  const children = [{ type: 'rect', shape, style: api.style() }];
  if (api.value(5)) {
    const middle = top + laneHeight / 2;
    children.push({
      type: 'polygon',
      shape: { points: [[from[0] + 2, middle - PIN_SIZE / 2], [from[0] + 2 + PIN_SIZE, middle],
        [from[0] + 2, middle + PIN_SIZE / 2]] },
      style: { fill: '#111' },
    });
  }
  return { type: 'group', children };
}
