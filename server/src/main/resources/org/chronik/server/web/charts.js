'use strict';
// The stacked quad-class bars with a mean-Goldstein line, shared by the timeline and actor pages.
// The server gives every period from the first to the last (empty ones as zero) labelled at its
// precision ("2024-06", "2024-W24"), so the category axis is a continuous time axis.
// Tooltips render as rich text inside the canvas, so no data is ever parsed as HTML.
function quadChart(container, rows) {
  const chart = echarts.init(container);
  const periods = rows.map(r => r.period);
  const series = QUADS.map(q => ({
    name: q.label, type: 'bar', stack: 'events', barMaxWidth: 40, itemStyle: { color: q.color }, data: rows.map(r => r[q.key]),
  }));
  series.push({ name: 'mean Goldstein', type: 'line', yAxisIndex: 1, symbolSize: 4, connectNulls: false, itemStyle: { color: '#1d2330' },
    data: rows.map(r => r.mean_goldstein) });
  markDrawn(chart, container, rows.length);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 4 },
    grid: { left: 50, right: 50, top: 40, bottom: 60 },
    dataZoom: [{ type: 'slider', bottom: 10 }],
    xAxis: { type: 'category', data: periods },
    // counts are whole numbers: no tick at 0.5 events
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
    series: series,
  });
  try {
    // the count axis's ticks as drawn, for tests (ECharts' model, not part of its documented API)
    container.dataset.ticks = JSON.stringify(chart.getModel().getComponent('yAxis', 0).axis.scale.getTicks().map(t => t.value));
  } catch (e) {
    container.dataset.ticks = '';
  }
  window.addEventListener('resize', () => chart.resize());
  return chart;
}
