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
      const a = t.dyad[0];
      const b = t.dyad[1];
      document.getElementById('summary').textContent = count(total) + ' events between ' + a + ' and ' + b + ' in ' + count(rows.length)
        + ' ' + t.by + (rows.length === 1 ? '' : 's') + (rows.length ? ', ' + rows[0].period + ' to ' + rows[rows.length - 1].period : '');
      showNote('note', t.note);
      const undated = document.getElementById('undated');
      clear(undated);
      undated.hidden = !t.undated;
      if (t.undated) {
        undated.append(count(t.undated) + ' more event' + (t.undated === 1 ? ' has' : 's have') + ' no date and ' + (t.undated === 1 ? 'is' : 'are')
          + ' in no period: ', el('a', { href: 'events.html' + query({ actor: a, with: b, undated: true }), text: 'list them' }));
      }
      if (rows.length) quadChart(container, rows);
      else container.dataset.state = 'empty';
    } catch (e) {
      showError(e);
    }
  }

  formPage(form, load);
})();
