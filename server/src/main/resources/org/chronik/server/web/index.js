'use strict';
// Search page: full text with date and actor filters; matched words marked with <mark>.
(function () {
  const form = document.getElementById('form');
  const hits = document.getElementById('hits');
  const pager = document.getElementById('pager');
  const summary = document.getElementById('summary');
  const PAGE = 20;

  async function run(params) {
    showError(null);
    clear(hits);
    clear(pager);
    const offset = Number(params.offset || 0);
    try {
      const page = await api('/api/articles' + query({ q: params.q, from: params.from, to: params.to, actor: params.actor, offset: offset, limit: PAGE }));
      summary.textContent = params.q ? page.items.length + (page.more ? '+' : '') + ' articles for “' + params.q + '”' : 'Newest articles';
      for (const h of page.items) {
        const snippet = el('div', { class: 'snippet' });
        for (const part of h.snippet || []) {
          snippet.appendChild(part.hit ? el('mark', { text: part.text }) : document.createTextNode(part.text));
        }
        hits.appendChild(el('li', { class: 'hit' },
          el('div', null, articleLink(h.id, null, h.title || h.id)),
          el('div', { class: 'meta', text: [h.date, h.source].filter(Boolean).join(' · ') }),
          snippet));
      }
      if (offset > 0) pager.appendChild(el('button', { class: 'secondary', onclick: () => go(params, offset - PAGE) }, 'Previous'));
      if (page.more) pager.appendChild(el('button', { class: 'secondary', onclick: () => go(params, offset + PAGE) }, 'Next'));
    } catch (e) {
      showError(e);
    }
  }

  function go(params, offset) {
    location.search = query(Object.assign({}, params, { offset: offset }));
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.search = query(formValues(form));
  });
  const params = pageParams();
  fillForm(form, params);
  run(params);
})();
