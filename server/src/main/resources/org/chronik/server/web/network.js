'use strict';
// Actor network of a period: nodes sized by events, edges coloured conflict → cooperation; click opens the actor.
(function () {
  const form = document.getElementById('form');
  const container = document.getElementById('chart');

  async function load(params) {
    showError(null);
    try {
      const n = await api('/api/network' + query({ from: params.from, to: params.to, min: params.min || 20 }));
      const most = Math.max(1, ...n.nodes.map(x => x.events));
      const heaviest = Math.max(1, ...n.edges.map(x => x.events));
      const chart = echarts.init(container);
      markDrawn(chart, container, n.nodes.length);
      chart.setOption({
        animation: false,
        tooltip: { renderMode: 'richText' },
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          force: { repulsion: 260, edgeLength: [60, 220], layoutAnimation: false },
          label: { show: true, position: 'right', fontSize: 11 },
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
          data: n.nodes.map(x => ({ id: x.id, name: x.name || x.id, value: x.events, symbolSize: 8 + 30 * Math.sqrt(x.events / most) })),
          links: n.edges.map(e => ({ source: e.source_key, target: e.target_key, value: e.events,
            lineStyle: { color: goldsteinColor(e.mean_goldstein), width: 1 + 5 * e.events / heaviest, opacity: 0.8, curveness: 0.15 } })),
        }],
      });
      chart.on('click', p => {
        if (p.dataType === 'node') location.href = 'actor.html' + query({ id: p.data.id });
      });
      window.addEventListener('resize', () => chart.resize());
    } catch (e) {
      showError(e);
    }
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.search = query(formValues(form));
  });
  const params = pageParams();
  fillForm(form, params);
  load(params);
})();
