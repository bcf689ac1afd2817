// Charts of the clinical and admin screens, drawn from the data the server put in a data attribute: the progress
// chart of a client (NRS and ODI over time, first values dashed, a clinically important improvement marked) and the
// bar charts of the branch report. The same figures are always in a table beside the chart.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent, TooltipComponent }
  from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent,
  MarkPointComponent, TooltipComponent, SVGRenderer]);

const INK = '#1f2933';
const PALETTE = ['#0e5a61', '#b45309', '#6d28d9', '#be123c', '#15803d', '#1d4ed8', '#52525b'];

function progressOptions(data) {
  const lastIndex = data.days.length - 1;
  const marked = (important, values) => (important && lastIndex >= 0
    ? { symbol: 'pin', symbolSize: 44, data: [{ coord: [lastIndex, values[lastIndex]], value: '✓' }],
      label: { color: '#ffffff' } }
    : undefined);
  const baseline = (value) => (value === null || value === undefined ? undefined
    : { silent: true, symbol: 'none', lineStyle: { type: 'dashed' }, label: { formatter: data.labels.baseline },
      data: [{ yAxis: value }] });
  return {
    color: PALETTE,
    textStyle: { color: INK },
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: data.days },
    yAxis: [
      { type: 'value', min: 0, max: 10, name: data.labels.nrs },
      { type: 'value', min: 0, max: 100, name: data.labels.odi },
    ],
    series: [
      { name: data.labels.nrs, type: 'line', yAxisIndex: 0, data: data.nrs, symbolSize: 8,
        markLine: baseline(data.nrsBaseline), markPoint: marked(data.nrsImportant, data.nrs) },
      { name: data.labels.odi, type: 'line', yAxisIndex: 1, data: data.odi, symbolSize: 8, connectNulls: true,
        markLine: baseline(data.odiBaseline), markPoint: marked(data.odiImportant, data.odi) },
    ],
  };
}

function barOptions(data) {
  return {
    color: PALETTE,
    textStyle: { color: INK },
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 56, right: 16, top: 48, bottom: 8, containLabel: true },
    // every branch named under its bars; a long name wraps onto lines of their own height (without lineHeight the
    // SVG renderer drew the second line over the first)
    xAxis: { type: 'category', data: data.categories,
      axisLabel: { interval: 0, width: 140, overflow: 'break', lineHeight: 16, margin: 10, color: INK } },
    yAxis: { type: 'value', axisLabel: { formatter: `{value}${data.unit ? ` ${data.unit}` : ''}` } },
    series: data.series.map((series) => ({ name: series.name, type: 'bar', data: series.data })),
  };
}

function draw(element, options) {
  const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
  chart.setOption(options, true);
  element.setAttribute('data-chart-ready', 'true');
  new ResizeObserver(() => chart.resize()).observe(element);
}

function drawAll(root) {
  root.querySelectorAll('[data-progress-chart]').forEach((element) => {
    draw(element, progressOptions(JSON.parse(element.dataset.progressChart)));
  });
  root.querySelectorAll('[data-bar-chart]').forEach((element) => {
    draw(element, barOptions(JSON.parse(element.dataset.barChart)));
  });
}

document.addEventListener('DOMContentLoaded', () => drawAll(document));
document.addEventListener('htmx:afterSwap', (event) => drawAll(event.target));
