'use strict';
// Dyad timeline: counts per period by quad class (stacked bars) and mean Goldstein (line), both directions together.
(function () {
  const form = document.getElementById('form');
  const container = document.getElementById('chart');

  async function load(params) {
    showError(null);
    container.dataset.state = 'loading';
    try {
      const t = await api('/api/timeline' + query({ dyad: (params.a || 'CHN') + ',' + (params.b || 'RUS'), by: params.by, from: params.from, to: params.to }));
      const rows = t.rows.filter(r => r.direction === 'both');
      const total = rows.reduce((n, r) => n + r.events, 0);
      document.getElementById('summary').textContent = total + ' events between ' + t.dyad[0] + ' and ' + t.dyad[1] + ' in ' + rows.length + ' periods (' + t.by + ')';
      quadChart(container, rows);
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
