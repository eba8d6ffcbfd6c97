// Shared helpers. Data from the store is only ever placed with textContent or as attribute values
// set through the DOM; no HTML string built from data is parsed anywhere in the UI.
'use strict';

/** Creates an element; children are nodes or strings (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** The page's query parameters as an object. */
function pageParams() {
  return Object.fromEntries(new URLSearchParams(location.search).entries());
}

/** A query string from an object, leaving out empty values. */
function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** GETs JSON from the API; an error answer becomes an Error carrying the server's message. */
async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  if (r.headers.get('X-Chronik-Synthetic') === 'true') showSyntheticBanner();
  const body = await r.json().catch(() => ({ error: 'answer was not JSON (status ' + r.status + ')' }));
  if (!r.ok) throw new Error(body.error || ('status ' + r.status));
  return body;
}

/** Says on every page that the store holds generated benchmark events, not events read from articles. */
function showSyntheticBanner() {
  if (document.getElementById('synthetic')) return;
  const main = document.querySelector('main');
  if (!main) return;
  main.insertBefore(el('div', { id: 'synthetic', class: 'banner',
    text: 'Synthetic data: this store holds generated benchmark events and no articles. Nothing here was read from the news.' }),
  main.firstChild);
}

/** A whole number with thousands separators: 4,210. */
function count(n) {
  return Number(n).toLocaleString('en-US');
}

/** Shows why an answer is empty (or nothing) in the element with this id. */
function showNote(id, text) {
  const box = document.getElementById(id);
  if (!box) return;
  box.textContent = text || '';
  box.hidden = !text;
}

/** Shows an error (or nothing) in the page's #error box. */
function showError(err) {
  const box = document.getElementById('error');
  if (!box) return;
  box.textContent = err ? String(err.message || err) : '';
  box.hidden = !err;
}

/** Fills form inputs from the page's query parameters. */
function fillForm(form, params) {
  for (const [k, v] of Object.entries(params)) {
    const input = form.elements.namedItem(k);
    if (!input) continue;
    if (input.type === 'checkbox') input.checked = v === 'true';
    else input.value = v;
  }
}

/** Wires a page's query form: submitting puts its values in the address; the page fills the form and loads what the address asks. */
function formPage(form, load) {
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.search = query(formValues(form));
  });
  const params = pageParams();
  fillForm(form, params);
  load(params);
}

/** The form's values as an object (checkboxes as true/false). */
function formValues(form) {
  const out = {};
  for (const input of form.elements) {
    if (!input.name) continue;
    out[input.name] = input.type === 'checkbox' ? input.checked : input.value.trim();
  }
  return out;
}

function actorLink(key, name) {
  if (!key) return el('span', { class: 'muted', text: name || '–' });
  return el('a', { href: 'actor.html' + query({ id: key }), text: name || key, title: key });
}

function articleLink(id, eventId, text) {
  return el('a', { href: 'article.html' + query({ id: id, event: eventId }), text: text });
}

const QUADS = [
  { key: 'verbal_coop', label: 'verbal cooperation', color: '#4c9f70' },
  { key: 'material_coop', label: 'material cooperation', color: '#1f6f43' },
  { key: 'verbal_conflict', label: 'verbal conflict', color: '#e39b4a' },
  { key: 'material_conflict', label: 'material conflict', color: '#b8332e' },
];

/** Colour of a mean Goldstein value: red for conflict (≤ −5), grey at 0, green for cooperation (≥ +5). */
function goldsteinColor(g) {
  // means of many events rarely leave [-5, 5], so that range spans the full scale
  const t = Math.max(-1, Math.min(1, (g || 0) / 5));
  const grey = [150, 150, 150];
  const end = t < 0 ? [184, 51, 46] : [31, 111, 67];
  const a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return 'rgb(' + c.join(',') + ')';
}

/** Marks a chart container as drawn once ECharts has finished rendering (tests wait for this). */
function markDrawn(chart, container, points) {
  chart.on('finished', () => {
    container.dataset.state = 'drawn';
    container.dataset.points = String(points);
  });
}
