'use strict';
// Events table: the filters of `chronik events`, columns sorted by the server over the whole list
// (sort=col or sort=-col, then paged), rows linked to their sentence, CSV export in the same order.
(function () {
  const form = document.getElementById('form');
  const head = document.getElementById('head');
  const rowsBox = document.getElementById('rows');
  const pager = document.getElementById('pager');
  const PAGE = 100;
  const FILTERS = ['actor', 'with', 'code', 'quad', 'from', 'to', 'include-flagged', 'undated', 'sort'];
  const COLUMNS = [
    { key: 'date', label: 'date' },
    { key: 'code', label: 'code' },
    { key: 'code_name', label: 'event' },
    { key: 'quad', label: 'quad', num: true },
    { key: 'goldstein', label: 'Goldstein', num: true },
    { key: 'source', label: 'source' },
    { key: 'target', label: 'target' },
    { key: 'modality', label: 'modality' },
    { key: 'evidence', label: 'evidence' },
  ];
  const params = pageParams();
  const sortParam = params.sort || '';
  const sort = sortParam.startsWith('-') ? { key: sortParam.slice(1), dir: -1 } : { key: sortParam || null, dir: 1 };
  let items = [];

  function cell(e, c) {
    if (c.key === 'source') return el('td', null, actorLink(e.source_key, e.source));
    if (c.key === 'target') return el('td', null, actorLink(e.target_key, e.target));
    if (c.key === 'evidence') return el('td', null, articleLink(e.article_id, e.event_id, e.evidence || '(sentence)'));
    if (c.key === 'date' && !e.date) return el('td', { class: 'muted', text: 'no date' });
    const v = e[c.key];
    return el('td', { class: c.num ? 'num' : null, text: v === null || v === undefined ? '' : String(v) });
  }

  function draw() {
    clear(rowsBox);
    for (const e of items) {
      rowsBox.appendChild(el('tr', { class: e.flagged ? 'flagged' : null }, ...COLUMNS.map(c => cell(e, c))));
    }
    for (const th of head.children) {
      th.classList.toggle('sorted-asc', th.dataset.key === sort.key && sort.dir === 1);
      th.classList.toggle('sorted-desc', th.dataset.key === sort.key && sort.dir === -1);
    }
  }

  for (const c of COLUMNS) {
    if (c.key === 'evidence') {
      head.appendChild(el('th', { 'data-key': c.key, text: c.label }));
      continue;
    }
    head.appendChild(el('th', { 'data-key': c.key, class: 'sortable', title: 'sort the whole list by ' + c.label, text: c.label, onclick: () => {
      const dir = sort.key === c.key ? -sort.dir : 1;
      location.search = query(Object.assign({}, params, { sort: (dir < 0 ? '-' : '') + c.key, offset: 0 }));
    } }));
  }

  async function load(params) {
    showError(null);
    clear(pager);
    const filters = {};
    for (const f of FILTERS) filters[f] = params[f];
    const offset = Number(params.offset || 0);
    document.getElementById('csv').href = '/api/events' + query(Object.assign({ format: 'csv' }, filters));
    try {
      const page = await api('/api/events' + query(Object.assign({ offset: offset, limit: PAGE }, filters)));
      items = page.items;
      draw();
      showNote('note', page.note);
      pager.appendChild(el('span', { id: 'shown', class: 'muted', text: items.length
        ? 'rows ' + count(offset + 1) + '–' + count(offset + items.length) + ' of ' + count(page.total) : 'no rows' }));
      if (offset > 0) pager.appendChild(el('button', { class: 'secondary', onclick: () => go(params, offset - PAGE) }, 'Previous'));
      if (page.more) pager.appendChild(el('button', { class: 'secondary', onclick: () => go(params, offset + PAGE) }, 'Next'));
    } catch (e) {
      items = [];
      draw();
      showNote('note', null);
      showError(e);
    }
  }

  function go(params, offset) {
    location.search = query(Object.assign({}, params, { offset: offset }));
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.search = query(Object.assign(formValues(form), sortParam ? { sort: sortParam } : {}));
  });
  fillForm(form, params);
  load(params);
})();
