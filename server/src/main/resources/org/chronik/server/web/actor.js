'use strict';
// Actor page: roles with dates, event counts, events over time, top partners.
(function () {
  const params = pageParams();

  function card(label, n) {
    const shown = n === null || n === undefined ? '–' : Number.isInteger(n) ? count(n) : String(n);
    return el('div', { class: 'card' }, el('div', { class: 'n', text: shown }), el('div', { class: 'muted', text: label }));
  }

  async function load() {
    if (!params.id) {
      showError(new Error('no actor id in the address'));
      return;
    }
    try {
      const a = await api('/api/actors/' + encodeURIComponent(params.id));
      document.title = 'Chronik – ' + (a.name || a.actor_key);
      document.getElementById('name').textContent = a.name || a.actor_key;
      document.getElementById('meta').textContent = [a.actor_key, a.type, a.country, a.sector].filter(Boolean).join(' · ');
      const c = a.counts;
      const cards = document.getElementById('cards');
      cards.append(card('events', c.events), card('as source', c.as_source), card('as target', c.as_target),
        card('mean Goldstein', c.mean_goldstein), card('first', c.first_event), card('last', c.last_event), card('no date', c.undated));
      const undated = document.getElementById('undated');
      undated.hidden = !c.undated;
      if (c.undated) {
        undated.append(count(c.undated) + ' of the ' + count(c.events) + ' events have no date and are not in the chart: ',
          el('a', { href: 'events.html' + query({ actor: a.actor_key, undated: true }), text: 'list them' }));
      }
      const roles = document.getElementById('roles');
      for (const r of a.roles) roles.appendChild(el('tr', null, el('td', { text: r.role }), el('td', { text: r.first_seen || '' }), el('td', { text: r.last_seen || '' }), el('td', { class: 'num', text: String(r.mentions) })));
      if (a.roles.length === 0) roles.appendChild(el('tr', null, el('td', { class: 'muted', colspan: '4', text: 'no roles recorded' })));
      const partners = document.getElementById('partners');
      for (const p of a.partners) {
        partners.appendChild(el('tr', null, el('td', null, actorLink(p.actor_key, p.name)), el('td', { class: 'num', text: String(p.events) }),
          el('td', { class: 'num', text: p.mean_goldstein === null ? '' : String(p.mean_goldstein) }),
          el('td', null, el('a', { href: 'timeline.html' + query({ a: a.actor_key, b: p.actor_key }), text: 'timeline' }))));
      }
      if (a.months.length) quadChart(document.getElementById('chart'), a.months);
      else document.getElementById('chart').dataset.state = 'empty';
    } catch (e) {
      showError(e);
    }
  }

  load();
})();
