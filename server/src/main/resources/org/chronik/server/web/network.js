'use strict';
// Actor network of a period: the busiest actors on an ellipse that fills the frame, edges coloured
// conflict → cooperation, nodes sized by events; click opens the actor. Positions are computed here
// (not by a force simulation) so every node and label stays inside the frame; labels point away
// from the centre and a label that would overlap another is hidden (its name is in the tooltip).
(function () {
  const form = document.getElementById('form');
  const container = document.getElementById('chart');
  /** Most actors drawn: about as many as fit around the ellipse with one label line each. */
  const MOST_NODES = 60;
  const EDGES = 120;
  const FONT = 11;
  const LONGEST_LABEL = 24;

  function label(name) {
    return name.length > LONGEST_LABEL ? name.substring(0, LONGEST_LABEL - 1) + '…' : name;
  }

  function textWidth(text) {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = FONT + 'px sans-serif';
    return ctx.measureText(text).width;
  }

  /**
   * Nodes on an ellipse inside the frame, margins wide enough for the labels beside them. Returns the
   * margins of the series box.
   */
  function place(nodes, width, height) {
    const biggest = Math.max(...nodes.map(n => n.symbolSize));
    const labelRoom = Math.max(...nodes.map(n => textWidth(n.label))) + 8;
    const rx = Math.max(40, width / 2 - labelRoom - biggest / 2 - 6);
    const ry = Math.max(40, height / 2 - biggest / 2 - FONT - 6);
    nodes.forEach((n, i) => {
      // turned by half a step, so that even two nodes spread in both directions
      const angle = -Math.PI / 2 + Math.PI / (2 * nodes.length) + 2 * Math.PI * i / nodes.length;
      n.x = width / 2 + rx * Math.cos(angle);
      n.y = height / 2 + ry * Math.sin(angle);
      n.labelPosition = Math.cos(angle) >= -1e-9 ? 'right' : 'left';
    });
    // the box is the nodes' own extent (with few nodes not the whole ellipse), so ECharts, fitting it, moves nothing
    const xs = nodes.map(n => n.x);
    const ys = nodes.map(n => n.y);
    return { left: Math.min(...xs), right: width - Math.max(...xs), top: Math.min(...ys), bottom: height - Math.max(...ys) };
  }

  function option(nodes, edges, margin, heaviest) {
    return {
      animation: false,
      tooltip: { renderMode: 'richText' },
      series: [{
        type: 'graph', layout: 'none', roam: true, draggable: false,
        left: margin.left, right: margin.right, top: margin.top, bottom: margin.bottom,
        labelLayout: { hideOverlap: true },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        data: nodes.map(x => ({ id: x.id, name: x.name, value: x.value, x: x.x, y: x.y, symbolSize: x.symbolSize,
          label: { show: true, position: x.labelPosition, fontSize: FONT, formatter: () => x.label } })),
        links: edges.map(e => ({ source: e.source_key, target: e.target_key, value: e.events,
          lineStyle: { color: goldsteinColor(e.mean_goldstein), width: 1 + 4 * e.events / heaviest, opacity: 0.7, curveness: 0.1 } })),
      }],
    };
  }

  async function load(params) {
    showError(null);
    showNote('note', null);
    container.dataset.state = 'loading';
    try {
      const n = await api('/api/network' + query({ from: params.from, to: params.to, min: params.min || 1, limit: EDGES }));
      if (n.edges.length === 0) {
        document.getElementById('summary').textContent = '';
        showNote('note', n.note);
        container.dataset.state = 'empty';
        container.dataset.points = '0';
        return;
      }
      const kept = n.nodes.slice().sort((a, b) => b.events - a.events).slice(0, MOST_NODES);
      const ids = new Set(kept.map(x => x.id));
      const edges = n.edges.filter(e => ids.has(e.source_key) && ids.has(e.target_key));
      const shown = kept.filter(x => edges.some(e => e.source_key === x.id || e.target_key === x.id));
      document.getElementById('summary').textContent = count(shown.length) + ' actors and ' + count(edges.length) + ' edges'
        + (edges.length < n.edges.length || shown.length < n.nodes.length
          ? ' (the busiest of ' + count(n.nodes.length) + ' actors and ' + count(n.edges.length) + ' edges)' : '');
      const most = Math.max(1, ...shown.map(x => x.events));
      const heaviest = Math.max(1, ...edges.map(x => x.events));
      const nodes = shown.map(x => ({ id: x.id, name: x.name || x.id, label: label(x.name || x.id), value: x.events,
        symbolSize: 8 + 24 * Math.sqrt(x.events / most) }));
      const chart = echarts.init(container, null, { renderer: 'svg' });
      markDrawn(chart, container, nodes.length);
      chart.setOption(option(nodes, edges, place(nodes, container.clientWidth, container.clientHeight), heaviest));
      chart.on('click', p => {
        if (p.dataType === 'node') location.href = 'actor.html' + query({ id: p.data.id });
      });
      window.addEventListener('resize', () => {
        chart.resize();
        chart.setOption(option(nodes, edges, place(nodes, container.clientWidth, container.clientHeight), heaviest), true);
      });
    } catch (e) {
      showError(e);
    }
  }

  formPage(form, load);
})();
