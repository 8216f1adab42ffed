// Panels: the loop's state at one step, drawn into plain DOM. Shared by the
// playground and the <evloop-demo> widget.
import { explain, why, ms, name } from './model.js';
import { clean } from './words.js';

export const ALL_PANELS = ['loop', 'stack', 'nextTick', 'promise', 'timers', 'pending', 'idle', 'poll', 'check', 'close', 'console'];

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

// A queue panel shows at most SHOW items: a step's cost must not grow with
// a queue of 100k timers.
const SHOW = 40;
function list(items, fmt) {
  if (!items.length) return '<li class="empty">empty</li>';
  const more = items.length > SHOW ? `<li class="muted">… and ${items.length - SHOW} more</li>` : '';
  return items.slice(0, SHOW).map((x) => `<li data-id="${x.id}">${fmt(x)}</li>`).join('') + more;
}

const item = (trace) => (x) => `${esc(name(x.label, trace, x))}`;

// The phase diagram, after the seed article's picture of the loop: the six
// phases on a ring in the order libuv runs them, the current one lit, each
// with how many callbacks wait in it; the microtask queues in the middle,
// run between every two callbacks.
const RING = [
  ['timers', 'timers', ['timers']],
  ['pending', 'pending callbacks', ['pending']],
  ['idle', 'idle, prepare', []],
  ['poll', 'poll (I/O)', ['io', 'pool', 'event']],
  ['check', 'check', ['check']],
  ['close', 'close callbacks', ['close']],
];
function loopSVG(st) {
  const W = 460, H = 300, cx = W / 2, cy = H / 2, RX = 170, RY = 112;
  const phase = st.phase === 'prepare' ? 'idle' : st.phase;
  let out = `<svg viewBox="0 0 ${W} ${H}" class="loop-svg" role="img" aria-label="The event loop: ${esc(st.phase === 'main' ? 'running the main script' : 'in the ' + st.phase + ' phase')}">`;
  out += `<ellipse cx="${cx}" cy="${cy}" rx="${RX}" ry="${RY}" class="ring"/>`;
  out += `<path class="arrow" d="M ${cx + 40} ${cy - RY - 6} l 10 6 l -10 6"/>`;
  RING.forEach(([p, label, qs], i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / RING.length;
    const x = cx + RX * Math.cos(a), y = cy + RY * Math.sin(a);
    const on = phase === p;
    const n = qs.reduce((k, q) => k + ((st.queues[q] || []).length), 0);
    out += `<g class="ph${on ? ' on' : ''}${on && !st.inPhase ? ' left' : ''}" data-phase="${p}"><title>${esc(label)}: ${n} waiting</title>`;
    out += `<rect x="${x - 66}" y="${y - 19}" width="132" height="38" rx="9"/><text x="${x}" y="${y - 3}">${esc(label)}</text>`;
    out += `<text x="${x}" y="${y + 12}" class="n">${p === 'idle' ? 'internal' : n ? n + ' waiting' : '—'}</text></g>`;
  });
  const tick = (st.queues.nextTick || []).length, prom = (st.queues.promise || []).length;
  out += `<g class="ph mid${st.phase === 'main' ? ' on' : ''}" data-phase="main"><rect x="${cx - 80}" y="${cy - 40}" width="160" height="30" rx="8"/><text x="${cx}" y="${cy - 20}">main script</text></g>`;
  out += `<g class="ph mid${st.checkpoint ? ' on micro' : ''}" data-phase="micro"><title>microtasks: nextTick ${tick}, promise ${prom}</title><rect x="${cx - 80}" y="${cy - 4}" width="160" height="44" rx="8"/><text x="${cx}" y="${cy + 13}">microtasks</text><text x="${cx}" y="${cy + 29}" class="n">nextTick ${tick} · promise ${prom}</text></g>`;
  return out + '</svg>';
}

// LiveOutput collects what a running program prints, for the console panel
// while the run goes on (it has the Trace's console interface).
export class LiveOutput {
  constructor() { this.lines = []; this.open = false; }
  add(fd, text) {
    const parts = text.split('\n');
    const ends = parts[parts.length - 1] === '';
    if (ends) parts.pop();
    parts.forEach((p, k) => {
      if (k === 0 && this.open && this.lines.length) this.lines[this.lines.length - 1].text += p;
      else this.lines.push({ fd, text: p, i: -2 });
    });
    this.open = !ends;
  }
  linesUpTo() { return this.lines.length; }
}

// render(root, trace, i, {panels, teach, docs}) fills root with the panels
// for the step at event i.
export function render(root, trace, i, opts = {}) {
  const want = new Set(opts.panels || ALL_PANELS);
  const st = trace ? trace.state(i) : null;
  const e = trace && i >= 0 ? trace.events[i] : null;
  const q = st ? st.queues : {};
  const it = item(trace);
  const box = (key, title, body, cls = '') => want.has(key) ? `<section class="panel ${cls}" data-panel="${key}" aria-label="${esc(title.replace(/<[^>]+>/g, ''))}"><h3>${title}</h3>${body}</section>` : '';
  let html = '';
  if (st) {
    const frames = st.frames ? `<ul class="frames" aria-label="JavaScript frames">${st.frames.map((f) => `<li>${esc(clean(f))}</li>`).join('')}</ul>` : '';
    html += box('loop', `Loop <span class="muted">iteration ${st.iteration} · ${ms(st.t)}</span>`, loopSVG(st), 'loop');
    html += box('stack', 'Call stack', `<ul class="stack">${list(st.stack.slice().reverse(), it)}</ul>${frames}`, 'stackp');
    html += box('nextTick', 'nextTick queue', `<ul>${list(q.nextTick, it)}</ul>`, 'micro');
    html += box('promise', 'Promise queue', `<ul>${list(q.promise, (x) => it(x) + (x.waiting ? ' <span class="muted">(waits for its promise)</span>' : ''))}</ul>`, 'micro');
    html += box('timers', 'Timers', `<ul>${list(q.timers.slice().sort((a, b) => (a.due ?? 0) - (b.due ?? 0)), (x) => it(x) + ` <span class="due">due ${x.due ?? '?'} ms</span>`)}</ul>`);
    html += box('pending', 'Pending', `<ul>${list(q.pending, it)}</ul>`);
    html += box('idle', 'Idle / prepare', `<p class="muted">libuv's own handles; no JavaScript runs here</p>`);
    html += box('poll', 'Poll (I/O)', `<ul>${list([...q.io, ...q.pool.map((x) => ({ ...x, label: x.label, pool: true })), ...(q.event || [])], (x) => it(x) + (x.pool ? ' <span class="muted">(thread pool)</span>' : ''))}</ul>${st.poll ? `<p class="muted">may wait ${st.poll.n === -1 ? 'until I/O arrives' : st.poll.n + ' ms'}: ${esc(st.poll.why)}</p>` : ''}`);
    html += box('check', 'Check (setImmediate)', `<ul>${list(q.check, it)}</ul>`);
    html += box('close', 'Close', `<ul>${list(q.close, it)}</ul>`);
  } else {
    html = `<p class="empty-state">${opts.emptyText || 'Nothing has run yet. Press <b>Run</b> to run the code, or <b>Step</b> to walk through it from the first event.'}</p>`;
  }
  const panels = root.querySelector('.panels');
  const t0 = performance.now();
  const before = opts.animate !== false ? positions(panels) : null;
  panels.innerHTML = html;
  if (before) animate(panels, before);
  render.ms = { panels: performance.now() - t0 };
  const expl = root.querySelector('.explain');
  if (expl) {
    const w = why(e, trace, i, opts.teach);
    expl.innerHTML = esc(explain(e, trace, i, opts.teach)) + (w && opts.docs ? ` <a class="why" href="${esc(opts.docs)}#${w}" target="_blank" rel="noopener" title="the rule behind this step">why?</a>` : '');
  }
  const con = root.querySelector('.console');
  const t1 = performance.now();
  if (con && want.has('console')) renderConsole(con, trace, i);
  render.ms.console = performance.now() - t1;
}

// positions notes where each queued item is drawn, so the next render can
// move it from there (a callback travels from its queue to the call stack).
function positions(panels) {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return null;
  const m = new Map();
  for (const li of panels.querySelectorAll('li[data-id]')) m.set(li.dataset.id, { r: li.getBoundingClientRect(), panel: li.closest('[data-panel]')?.dataset.panel });
  return m.size ? m : null;
}
function animate(panels, before) {
  for (const li of panels.querySelectorAll('li[data-id]')) {
    const was = before.get(li.dataset.id);
    // Only a callback that changed place moves (queue → call stack → gone), not one the layout shifted.
    if (!was || was.panel === li.closest('[data-panel]')?.dataset.panel) continue;
    const r0 = was.r;
    const r1 = li.getBoundingClientRect();
    const dx = r0.left - r1.left, dy = r0.top - r1.top;
    if (Math.abs(dx) < 2 && Math.abs(dy) < 2) continue;
    li.classList.add('moving');
    li.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], { duration: 380, easing: 'ease-out' })
      .finished.then(() => li.classList.remove('moving'), () => {});
  }
}

// The console draws only the lines in view: each line is LH pixels high
// inside a spacer as tall as all of them, so a step costs the same with 100
// or 100k lines of output. A step that changes neither the lines nor the
// marked one leaves the console alone; one that does writes the spacer and
// the visible lines with a single layout (the height is read once, then
// only written).
const LH = 18;
export function renderConsole(con, trace, i) {
  const n = trace ? trace.linesUpTo(i) : 0;
  const mark = n && trace.lines[n - 1].i === i ? i : -1; // the lines this step printed are marked
  const was = con.v;
  con.v = { trace, n, i, mark };
  if (!con.bound) {
    con.addEventListener('scroll', () => paint(con), { passive: true });
    con.setAttribute('role', 'log');
    con.setAttribute('aria-label', 'console output');
    con.setAttribute('tabindex', '0');
    con.bound = true;
  }
  if (was && was.trace === trace && was.n === n && was.mark === mark && trace && !(trace instanceof LiveOutput)) return;
  let sp = con.firstElementChild;
  if (!sp || !sp.classList.contains('spacer')) { con.textContent = ''; sp = document.createElement('div'); sp.className = 'spacer'; con.append(sp); }
  sp.style.height = n * LH + 'px';
  con.classList.toggle('none', n === 0);
  // Show the newest lines: the bottom of the spacer, as far as the box is tall
  // (its height as last measured; scrolling there lays the page out once,
  // after which reading the height costs nothing).
  delete sp.dataset.range;
  paint(con, Math.max(0, n * LH - (con.vh || 400)));
  con.scrollTop = n * LH;
  const vh = con.clientHeight;
  if (vh && vh !== con.vh) { con.vh = vh; delete sp.dataset.range; paint(con, Math.max(0, n * LH - vh)); }
}
function paint(con, top) {
  if (top == null) { top = con.scrollTop; con.vh = con.clientHeight || con.vh; } // a scroll: the layout is fresh
  const { trace, n, mark } = con.v;
  const sp = con.firstElementChild;
  if (!sp) return;
  if (!trace || !n) { sp.innerHTML = ''; return; }
  const h = con.vh || 400;
  const first = Math.max(0, Math.floor(top / LH) - 4), last = Math.min(n, first + Math.ceil(h / LH) + 8);
  if (sp.dataset.range === `${first}-${last}-${mark}-${n}`) return;
  sp.dataset.range = `${first}-${last}-${mark}-${n}`;
  let html = '';
  for (let k = first; k < last; k++) {
    const l = trace.lines[k];
    html += `<div class="line${l.fd === 2 ? ' err' : ''}${l.i === mark ? ' new' : ''}" style="top:${k * LH}px">${esc(l.text)}</div>`;
  }
  sp.innerHTML = html;
}
