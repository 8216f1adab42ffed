// Panels: the loop's state at one step, drawn into plain DOM. Shared by the
// playground and the <evloop-demo> widget.
import { explain, why, ms, name, short } from './model.js';
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

// The phase diagram, after the seed article's animated picture of the loop:
// the six phases on a ring in the order libuv runs them, the current one
// lit, each listing the callbacks that wait in it; in the middle the call
// stack (what runs now) and the microtask queues, drained after every
// callback. Items carry data-id, so a callback is seen to travel from its
// queue to the call stack (animate, below).
const RING = [
  ['timers', 'timers', ['timers']],
  ['pending', 'pending callbacks', ['pending']],
  ['idle', 'idle, prepare', []],
  ['poll', 'poll (I/O)', ['io', 'pool', 'event']],
  ['check', 'check (setImmediate)', ['check']],
  ['close', 'close callbacks', ['close']],
];
const CHIPS = 3;
function chips(items, trace, place, extra = () => '') {
  if (!items.length) return '';
  const more = items.length > CHIPS ? `<li class="more">+${items.length - CHIPS} more</li>` : '';
  return `<ul class="chips">${items.slice(0, CHIPS).map((x) => `<li class="chip${x.waiting ? ' wait' : ''}${x.q === 'pool' ? ' pool' : ''}" data-id="${x.id}" data-place="${place}" title="${esc(name(x.label, trace, x))}${x.waiting ? ' (waits for its promise)' : ''}">${esc(short(x.label, trace, x))}${extra(x)}</li>`).join('')}${more}</ul>`;
}
function whereIs(st) {
  const phase = st.phase === 'prepare' ? 'idle' : st.phase;
  return st.ended ? 'the loop has ended' : st.phase === 'main' ? 'the main script runs, before the loop starts'
    : `${RING.find((r) => r[0] === phase)?.[1] || st.phase} phase${st.checkpoint ? ', draining the microtasks' : ''}`;
}
function loopView(st, trace) {
  const phase = st.phase === 'prepare' ? 'idle' : st.phase;
  const where = whereIs(st);
  let out = `<div class="loopview" role="group" aria-label="The event loop: ${esc(where)}"><div class="ring" aria-hidden="true"></div>`;
  RING.forEach(([p, label, qs], k) => {
    const a = -90 + k * 60;
    const on = phase === p && !st.ended;
    const items = qs.flatMap((q) => (q === 'timers' ? (st.queues[q] || []).slice().sort((x, y) => (x.due ?? 0) - (y.due ?? 0)) : (st.queues[q] || []).map((x) => ({ ...x, q }))));
    out += `<div class="ph${on ? ' on' : ''}${on && !st.inPhase ? ' left' : ''}" data-phase="${p}" style="--a:${a}deg"${on ? ' aria-current="step"' : ''}>`;
    out += `<b>${esc(label)}</b>${p === 'idle' ? '<br><span class="n">libuv’s own work</span>' : ''}`;
    out += chips(items, trace, p, (x) => (x.due != null ? ` <small>${x.due} ms</small>` : x.q === 'pool' ? ' <small>pool</small>' : ''));
    out += '</div>';
    out += `<span class="arr" style="--a:${a + 30}deg" aria-hidden="true">➜</span>`;
  });
  const stack = st.stack.slice().reverse();
  const tick = st.queues.nextTick || [], prom = st.queues.promise || [];
  out += `<div class="hub">`;
  out += `<div class="box stackbox${stack.length ? ' on' : ''}" data-phase="stack"><b>call stack</b>${stack.length ? chips(stack, trace, 'stack') : ' <span class="n">empty</span>'}</div>`;
  out += `<div class="box micro${st.checkpoint ? ' on' : ''}" data-phase="micro"><b>microtasks</b><div class="mq"><span class="n">nextTick</span>${tick.length ? chips(tick, trace, 'nextTick') : ' <span class="n">—</span>'}</div><div class="mq"><span class="n">promise</span>${prom.length ? chips(prom, trace, 'promise') : ' <span class="n">—</span>'}</div></div>`;
  out += '</div></div>';
  return out;
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
    html += box('loop', `Loop <span class="muted">${esc(whereIs(st))} · iteration ${st.iteration} · ${ms(st.t)}</span>`, loopView(st, trace), 'loop');
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
  if (expl) expl.hidden = !trace; // before the first run the empty state says what to do
  if (expl) {
    const w = why(e, trace, i, opts.teach);
    const chain = trace && i >= 0 && opts.onExpand ? trace.folds(i) : null;
    expl.innerHTML = esc(explain(e, trace, i, opts.teach)) + (w && opts.docs ? ` <a class="why" href="${esc(opts.docs)}#${w}" target="_blank" rel="noopener" title="the rule behind this step">why?</a>` : '')
      + (chain ? ` <button class="expand" aria-pressed="${!opts.teach}">${opts.teach ? `show node’s ${chain.steps} steps` : 'fold them again'}</button>` : '');
    const b = expl.querySelector('.expand');
    if (b) b.onclick = () => opts.onExpand(opts.teach);
  }
  const con = root.querySelector('.console');
  const t1 = performance.now();
  if (con && want.has('console')) renderConsole(con, trace, i);
  render.ms.console = performance.now() - t1;
}

// positions notes where each queued item is drawn, so the next render can
// move it from there: a callback travels from its queue to the call stack
// (and an interval back to its queue). Not with prefers-reduced-motion.
const key = (el) => (el.closest('.loopview') ? 'd' : 'p') + el.dataset.id;
const placeOf = (el) => el.dataset.place || el.closest('[data-panel]')?.dataset.panel;
function positions(panels) {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return null;
  const m = new Map();
  for (const el of panels.querySelectorAll('[data-id]')) m.set(key(el), { r: el.getBoundingClientRect(), place: placeOf(el), html: el.closest('.loopview') && el.outerHTML });
  return m;
}
function animate(panels, before) {
  const now = new Set();
  for (const el of panels.querySelectorAll('[data-id]')) {
    const k = key(el);
    now.add(k);
    const was = before.get(k);
    if (!was) {
      // A callback that joins a queue in the diagram grows into its place.
      if (el.closest('.loopview')) el.animate([{ opacity: 0, transform: 'scale(.5)' }, { opacity: 1, transform: 'none' }], { duration: 350, easing: 'ease-out' });
      continue;
    }
    // Only a callback that changed place moves, not one the layout shifted.
    if (was.place === placeOf(el)) continue;
    const r1 = el.getBoundingClientRect();
    const dx = was.r.left - r1.left, dy = was.r.top - r1.top;
    if (Math.abs(dx) < 2 && Math.abs(dy) < 2) continue;
    el.classList.add('moving');
    el.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], { duration: 450, easing: 'ease-in-out' })
      .finished.then(() => el.classList.remove('moving'), () => {});
  }
  // A callback that returned leaves the call stack: a copy of it fades out where it was.
  const view = panels.querySelector('.loopview');
  if (!view) return;
  const o = view.getBoundingClientRect();
  for (const [k, was] of before) {
    if (now.has(k) || !was.html || was.place !== 'stack') continue;
    const t = document.createElement('template');
    t.innerHTML = was.html;
    const g = t.content.firstElementChild;
    g.classList.add('ghost');
    g.removeAttribute('data-id');
    g.setAttribute('aria-hidden', 'true');
    Object.assign(g.style, { position: 'absolute', left: `${was.r.left - o.left}px`, top: `${was.r.top - o.top}px`, width: `${was.r.width}px`, margin: 0, pointerEvents: 'none', zIndex: 4 });
    view.append(g);
    g.animate([{ opacity: 1, transform: 'none' }, { opacity: 0, transform: 'translateY(-18px) scale(.9)' }], { duration: 450, easing: 'ease-in' })
      .finished.then(() => g.remove(), () => g.remove());
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
