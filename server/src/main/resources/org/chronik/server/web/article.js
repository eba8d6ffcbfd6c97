'use strict';
// Article reader: the body with actors, time expressions, quotations and events marked in place,
// and the events listed beside it. Clicking marked text selects its events and the other way round.
(function () {
  const params = pageParams();
  const bodyBox = document.getElementById('body');
  const list = document.getElementById('events');

  /** Cuts the body at every span boundary; each piece knows which spans cover it. */
  function render(body, spans) {
    const cuts = new Set([0, body.length]);
    for (const s of spans) {
      cuts.add(s.begin);
      cuts.add(s.end);
    }
    const points = [...cuts].filter(x => x >= 0 && x <= body.length).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const text = body.substring(from, to);
      const covering = spans.filter(s => s.begin <= from && s.end >= to);
      if (covering.length === 0) {
        bodyBox.appendChild(document.createTextNode(text));
        continue;
      }
      const piece = el('span', { text: text });
      const events = new Set();
      const titles = [];
      for (const s of covering) {
        piece.classList.add('hl-' + s.kind);
        if (s.event) events.add(s.event);
        if (s.title) titles.push(s.title);
      }
      if (titles.length) piece.title = titles.join('\n');
      if (events.size) {
        piece.dataset.events = [...events].join(' ');
        piece.addEventListener('click', () => select([...events][0], 'list'));
      }
      bodyBox.appendChild(piece);
    }
  }

  function select(eventId, scrollTo) {
    for (const n of document.querySelectorAll('.selected')) n.classList.remove('selected');
    const pieces = [...bodyBox.querySelectorAll('[data-events]')].filter(p => p.dataset.events.split(' ').includes(eventId));
    pieces.forEach(p => p.classList.add('selected'));
    const item = document.getElementById('event-' + eventId);
    if (item) item.classList.add('selected');
    const target = scrollTo === 'list' ? item : pieces[0];
    if (target) target.scrollIntoView({ block: 'center' });
  }

  // an actor read outside the event's own phrase (a pronoun, an earlier act, a default) says so
  function readFrom(role, from) {
    return from && from !== 'SENTENCE' ? role + ' from ' + from.toLowerCase() : null;
  }

  function eventItem(e) {
    const li = el('li', { id: 'event-' + e.event_id, 'data-event': e.event_id },
      el('div', null, el('span', { class: 'code', text: e.code }), ' ', e.code_name || ''),
      el('div', null, actorLink(e.source_key, e.source_name), ' → ', actorLink(e.target_key, e.target_name)),
      el('div', { class: 'muted', text: [e.date || 'no date', e.modality ? e.modality.toLowerCase() : null, 'rule ' + (e.rule || '–'),
        readFrom('source', e.source_from), readFrom('target', e.target_from),
        e.flagged ? 'flagged' : null].filter(Boolean).join(' · ') }));
    li.addEventListener('click', ev => {
      if (ev.target.tagName !== 'A') select(e.event_id, 'text');
    });
    return li;
  }

  async function load() {
    if (!params.id) {
      showError(new Error('no article id in the address'));
      return;
    }
    try {
      const a = await api('/api/articles/' + encodeURIComponent(params.id));
      const art = a.article;
      document.title = 'Chronik – ' + (art.title || '(untitled)');
      document.getElementById('title').textContent = art.title || '(untitled)';
      document.getElementById('meta').textContent = [art.creation_date || 'no date', art.source, art.byline].filter(Boolean).join(' · ');
      const spans = [];
      for (const m of a.mentions) spans.push({ begin: m.span_begin, end: m.span_end, kind: 'actor', title: (m.actor_name || '') + ' (' + (m.actor_key || '?') + ')' });
      for (const t of a.timeExpressions) spans.push({ begin: t.span_begin, end: t.span_end, kind: 'time', title: 'time: ' + (t.value || t.type) });
      for (const q of a.quotes) spans.push({ begin: q.span_begin, end: q.span_end, kind: 'quote', title: 'quote' + (q.speaker ? ' by ' + q.speaker : '') });
      for (const e of a.events) {
        if (e.evidence_begin !== null) spans.push({ begin: e.evidence_begin, end: e.evidence_end, kind: 'event', event: e.event_id });
        if (e.trigger_begin !== null && e.trigger_begin !== undefined) {
          spans.push({ begin: e.trigger_begin, end: e.trigger_end, kind: 'trigger', event: e.event_id, title: e.code + ' ' + (e.code_name || '') });
        }
      }
      render(art.body, spans.filter(s => Number.isInteger(s.begin) && Number.isInteger(s.end) && s.end > s.begin));
      for (const e of a.events) list.appendChild(eventItem(e));
      if (a.events.length === 0) list.appendChild(el('li', { class: 'muted', text: 'no events' }));
      if (params.event) select(params.event, 'text');
    } catch (e) {
      showError(e);
    }
  }

  load();
})();
