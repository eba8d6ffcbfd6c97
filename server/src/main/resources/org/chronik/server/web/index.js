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
      const page = await api('/api/articles' + query({ q: params.q, from: params.from, to: params.to, actor: params.actor,
        advanced: params.advanced, offset: offset, limit: PAGE }));
      summary.textContent = params.q
        ? (page.total === 0 ? 'No article holds all of “' + params.q + '”' + (params.from || params.to || params.actor ? ' with these filters' : '')
          : count(page.total) + (page.total === 1 ? ' article' : ' articles') + ' for “' + params.q + '”'
            + (page.total > page.items.length ? ', showing ' + count(offset + 1) + '–' + count(offset + page.items.length) : ''))
        : 'Newest articles (by their date; undated ones last)';
      for (const h of page.items) {
        const snippet = el('div', { class: 'snippet' });
        for (const part of h.snippet || []) {
          snippet.appendChild(part.hit ? el('mark', { text: part.text }) : document.createTextNode(part.text));
        }
        hits.appendChild(el('li', { class: 'hit' },
          el('div', null, articleLink(h.id, null, h.title || '(untitled)')),
          el('div', { class: 'meta', text: [h.date || h.creation_date || 'no date', h.source].filter(Boolean).join(' · ') }),
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

  formPage(form, run);
})();
