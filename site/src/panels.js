// Panels: the loop's state at one step, drawn into plain DOM. Shared by the
// playground and the <evloop-demo> widget.
import { explain, why, ms, name, short, loopName } from './model.js';
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
  return `<ul class="chips">${items.slice(0, CHIPS).map((x) => `<li class="chip${x.waiting ? ' wait' : ''}${x.q === 'pool' ? ' pool' : ''}${x.msg != null ? ' msg' : ''}" data-id="${x.id}" data-place="${place}" title="${esc(name(x.label, trace, x))}${x.waiting ? ' (waits for its promise)' : ''}">${esc(short(x.label, trace, x))}${extra(x)}</li>`).join('')}${more}</ul>`;
}
function whereIs(st) {
  const phase = st.phase === 'prepare' ? 'idle' : st.phase;
  return st.ended ? 'the loop has ended' : st.phase === 'main' ? 'the main script runs, before the loop starts'
    : `${RING.find((r) => r[0] === phase)?.[1] || st.phase} phase${st.checkpoint ? ', draining the microtasks' : ''}`;
}
function loopView(st, trace, who = '') {
  const phase = st.phase === 'prepare' ? 'idle' : st.phase;
  const where = whereIs(st);
  let out = `<div class="loopview" role="group" aria-label="${who ? esc(who) + '’s event loop' : 'The event loop'}: ${esc(where)}"><div class="ring" aria-hidden="true"></div>`;
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

// throttled(draw, ms): a function asking for draw() on a coming frame, at
// most once every ms milliseconds: a live run's console is drawn ten times
// a second, not at every frame (a run printing 100k lines took a core from
// the run itself, on a machine that may have two).
export function throttled(draw, ms = 100) {
  let pending = false, last = -Infinity;
  return () => {
    if (pending) return;
    pending = true;
    setTimeout(() => requestAnimationFrame(() => { pending = false; last = performance.now(); draw(); }), Math.max(0, last + ms - performance.now()));
  };
}

// panelsOf: the panels of one loop's state st (who: the loop's name when
// the run has several; then the loop diagram stands for the queue panels).
function panelsOf(st, trace, want, who = '') {
  const q = st.queues;
  const it = item(trace);
  const multi = !!who;
  const box = (key, title, body, cls = '') => want.has(key) && !(multi && want.has('loop') && !['loop', 'stack'].includes(key))
    ? `<section class="panel ${cls}" data-panel="${key}" aria-label="${who ? esc(who) + ': ' : ''}${esc(title.replace(/<[^>]+>/g, ''))}"><h3>${title}</h3>${body}</section>` : '';
  let html = '';
  {
    const frames = st.frames ? `<ul class="frames" aria-label="JavaScript frames">${st.frames.map((f) => `<li>${esc(clean(f))}</li>`).join('')}</ul>` : '';
    html += box('loop', `Loop <span class="muted">${esc(whereIs(st))} · iteration ${st.iteration} · ${ms(st.t)}</span>`, loopView(st, trace, who), 'loop');
    html += box('stack', 'Call stack', `<ul class="stack">${list(st.stack.slice().reverse(), it)}</ul>${frames}`, 'stackp');
    html += box('nextTick', 'nextTick queue', `<ul>${list(q.nextTick, it)}</ul>`, 'micro');
    html += box('promise', 'Promise queue', `<ul>${list(q.promise, (x) => it(x) + (x.waiting ? ' <span class="muted">(waits for its promise)</span>' : ''))}</ul>`, 'micro');
    html += box('timers', 'Timers', `<ul>${list(q.timers.slice().sort((a, b) => (a.due ?? 0) - (b.due ?? 0)), (x) => it(x) + ` <span class="due">due ${x.due ?? '?'} ms</span>`)}</ul>`);
    html += box('pending', 'Pending', `<ul>${list(q.pending, it)}</ul>`);
    html += box('idle', 'Idle / prepare', `<p class="muted">libuv's own handles; no JavaScript runs here</p>`);
    html += box('poll', 'Poll (I/O)', `<ul>${list([...q.io, ...q.pool.map((x) => ({ ...x, label: x.label, pool: true })), ...(q.event || [])], (x) => it(x) + (x.pool ? ' <span class="muted">(thread pool)</span>' : ''))}</ul>${st.poll ? `<p class="muted">may wait ${st.poll.n === -1 ? 'until I/O arrives' : st.poll.n + ' ms'}: ${esc(st.poll.why)}</p>` : ''}`);
    html += box('check', 'Check (setImmediate)', `<ul>${list(q.check, it)}</ul>`);
    html += box('close', 'Close', `<ul>${list(q.close, it)}</ul>`);
  }
  return html;
}

// loopsView: one column per loop (main thread, workers, simulated
// children), the one that runs at this step marked, and the messages
// between them: each one in flight is a chip in its receiver's poll phase
// and a line in the messages panel; arrows drawn over the columns join
// sender and receiver (drawArrows).
function loopsView(st, trace, i, want) {
  let html = `<div class="loops" role="group" aria-label="${st.loops.length} event loops, side by side">`;
  for (const l of st.loops) {
    const on = l.id === st.loop && i >= 0;
    const where = !l.started ? 'not started yet' : whereIs(l.st);
    html += `<section class="loopcol${on ? ' active' : ''}" data-loop="${l.id}" aria-label="${esc(l.name)}: ${esc(where)}"${on ? ' aria-current="step"' : ''}>`;
    html += `<h3 class="loophead"><span class="who">${esc(l.name)}</span> <span class="muted">${on ? 'runs now · ' : ''}${esc(where)}</span></h3>`;
    html += l.started ? `<div class="colpanels">${panelsOf(l.st, trace, want, l.name)}</div>` : '<p class="muted notyet">Its loop has not started: the worker’s goroutine waits for its first turn.</p>';
    html += '</section>';
  }
  html += '</div>';
  // Messages: the ones in flight, and the one whose delivery runs now.
  const now = [...trace.messages.values()].filter((x) => x.recv <= i && i < x.end);
  const rows = [
    ...st.messages.map((x) => `<li class="inflight" data-msg="${x.n}">✉ ${x.kind} ${x.n}: ${esc(loopName(x.from))} → ${esc(loopName(x.to))}${x.line ? `, ${x.kind === 'data' ? 'written' : 'postMessage'} on line ${x.line}` : ''} <span class="muted">— in flight: waits in ${esc(loopName(x.to))}’s poll phase</span></li>`),
    ...now.map((x) => `<li class="delivering" data-msg="${x.n}">✉ ${x.kind} ${x.n}: ${esc(loopName(x.from))} → ${esc(loopName(x.to))} <span class="muted">— delivered: ${x.kind === 'data' ? 'read' : 'its listener runs'} on ${esc(loopName(x.to))}</span></li>`),
  ];
  html += `<section class="panel messages" data-panel="messages" aria-label="Messages between loops"><h3>Messages between loops</h3><ul>${rows.join('') || '<li class="empty">none in flight</li>'}</ul></section>`;
  return html;
}

// drawArrows draws each message of the step as an arrow from its sender's
// column to where it is in its receiver's (its chip in the poll phase; the
// call stack while it is delivered), in an SVG laid over the panels.
function drawArrows(panels, arrows) {
  panels.querySelector('svg.arrows')?.remove();
  panels.arrows = arrows;
  if (!arrows || !arrows.length) return;
  const o = panels.getBoundingClientRect();
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'arrows');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', String(panels.scrollWidth));
  svg.setAttribute('height', String(panels.scrollHeight));
  svg.innerHTML = '<defs><marker id="evl-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>';
  for (const a of arrows) {
    const from = panels.querySelector(`.loopcol[data-loop="${a.from}"] .loophead .who`);
    const to = panels.querySelector(a.target) || panels.querySelector(`.loopcol[data-loop="${a.to}"] .loophead .who`);
    if (!from || !to) continue;
    const r1 = from.getBoundingClientRect(), r2 = to.getBoundingClientRect();
    const c1 = { x: r1.left + r1.width / 2 - o.left, y: r1.top + r1.height / 2 - o.top }, c2 = { x: r2.left + r2.width / 2 - o.left, y: r2.top + r2.height / 2 - o.top };
    // Leave the sender's name on the side facing the receiver; arrive at the receiver's edge.
    // Columns side by side: from the top of the sender's name, arching over
    // the headers. Stacked (a phone): down the right-hand margin.
    const ca = panels.querySelector(`.loopcol[data-loop="${a.from}"]`).getBoundingClientRect();
    const cb = (panels.querySelector(`.loopcol[data-loop="${a.to}"]`) || to).getBoundingClientRect();
    const side = cb.left >= ca.right - 1 || cb.right <= ca.left + 1;
    const p1 = side ? { x: c1.x, y: r1.top - o.top - 1 } : { x: ca.right - o.left - 3, y: c1.y };
    const p2 = side ? { x: c2.x > c1.x ? r2.left - o.left - 2 : r2.right - o.left + 2, y: c2.y } : { x: r2.right - o.left + 2, y: c2.y };
    const bend = side ? { x: (p1.x + p2.x) / 2, y: Math.min(p1.y, p2.y) - 36 } : { x: panels.clientWidth + 2, y: (p1.y + p2.y) / 2 };
    const path = document.createElementNS(NS, 'path');
    path.setAttribute('d', side ? `M${p1.x},${p1.y} Q${bend.x},${bend.y} ${p2.x},${p2.y}` : `M${p1.x},${p1.y} C${bend.x},${p1.y} ${bend.x},${p2.y} ${p2.x},${p2.y}`);
    path.setAttribute('class', a.cls);
    path.setAttribute('marker-end', 'url(#evl-head)');
    svg.append(path);
    const label = document.createElementNS(NS, 'text');
    label.setAttribute('x', String(side ? (p1.x + 2 * bend.x + p2.x) / 4 : bend.x - 10));
    label.setAttribute('y', String(side ? (p1.y + 2 * bend.y + p2.y) / 4 - 4 : bend.y));
    label.setAttribute('text-anchor', side ? 'middle' : 'end');
    label.textContent = `✉ ${a.n}`;
    svg.append(label);
  }
  panels.append(svg);
}

// render(root, trace, i, {panels, teach, docs}) fills root with the panels
// for the step at event i.
export function render(root, trace, i, opts = {}) {
  const want = new Set(opts.panels || ALL_PANELS);
  const st = trace ? trace.state(i) : null;
  const e = trace && i >= 0 ? trace.events[i] : null;
  let html = '';
  let arrows = null;
  if (st && st.loops) {
    html = loopsView(st, trace, i, want);
    arrows = [
      ...st.messages.map((x) => ({ n: x.n, from: x.from, to: x.to, target: `.loopcol[data-loop="${x.to}"] .loopview [data-id="m${x.n}"]`, cls: 'inflight' })),
      ...[...trace.messages.values()].filter((x) => x.recv <= i && i < x.end).map((x) => ({ n: x.n, from: x.from, to: x.to, target: `.loopcol[data-loop="${x.to}"] .loopview .stackbox`, cls: 'delivering' })),
    ];
  } else if (st) {
    html = panelsOf(st, trace, want);
  } else {
    html = `<p class="empty-state">${opts.emptyText || 'Nothing has run yet. Press <b>Run</b> to run the code, or <b>Step</b> to walk through it from the first event.'}</p>`;
  }
  const panels = root.querySelector('.panels');
  const t0 = performance.now();
  const before = opts.animate !== false ? positions(panels) : null;
  panels.innerHTML = html;
  panels.classList.toggle('multi', !!(st && st.loops));
  drawArrows(panels, arrows);
  if (arrows && !panels.observed && typeof ResizeObserver !== 'undefined') {
    // The columns reflow with the width: the arrows follow.
    panels.observed = new ResizeObserver(() => panels.arrows && drawArrows(panels, panels.arrows));
    panels.observed.observe(panels);
  }
  if (before) animate(panels, before);
  render.ms = { panels: performance.now() - t0 };
  const expl = root.querySelector('.explain');
  if (expl) expl.hidden = !trace; // before the first run the empty state says what to do
  if (expl) {
    const w = why(e, trace, i, opts.teach);
    const chain = trace && i >= 0 && opts.onExpand ? trace.folds(i) : null;
    // w is an anchor in docs/loop.md, or "page.html#anchor" for another docs page.
    const href = w && opts.docs ? (w.includes('.html#') ? opts.docs.replace(/[^/]*$/, '') + w : `${opts.docs}#${w}`) : '';
    expl.innerHTML = esc(explain(e, trace, i, opts.teach)) + (href ? ` <a class="why" href="${esc(href)}" target="_blank" rel="noopener" title="the rule behind this step">why?</a>` : '')
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

// The console draws only the lines in view: each line starts on a row of LH
// pixels inside a spacer as tall as all of them, so a step costs the same
// with 100 or 100k lines of output. A step that changes neither the lines
// nor the marked one leaves the console alone; one that does writes the
// spacer and the visible lines, then reads the rows they took (settle).
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
  let g = geometry(con, trace, n);
  sp.style.height = g.rows * LH + 'px';
  con.classList.toggle('none', n === 0);
  // Show the newest lines: the bottom of the spacer, as far as the box is tall
  // (its height as last measured).
  delete sp.dataset.range;
  paint(con, Math.max(0, g.rows * LH - (con.vh || 400)));
  con.scrollTop = g.rows * LH;
  const vh = con.clientHeight;
  const cols = columns(con, sp);
  if (cols !== con.cols) { con.cols = cols; g = geometry(con, trace, n); sp.style.height = g.rows * LH + 'px'; con.scrollTop = g.rows * LH; con.vh = 0; }
  if (vh && vh !== con.vh) { con.vh = vh; delete sp.dataset.range; paint(con, Math.max(0, g.rows * LH - vh)); con.scrollTop = g.rows * LH; }
}

// A line longer than the console is wide wraps as a terminal wraps it: at
// its spaces, a word cut only when it is longer than a whole row (CSS
// white-space: pre-wrap, overflow-wrap: anywhere). The console is
// monospace, so rowsOf can tell the rows a line takes from its text;
// geometry keeps the row each line starts at, extended as lines come (a
// live run's last line may still grow, so it is measured again), and only
// the lines in view are drawn. What the guess cannot know (a font's wide
// characters, tabs) settle corrects from the lines drawn.
function columns(con, sp) {
  const w = con.clientWidth;
  if (!w) return con.cols || 0;
  if (!con.chw) {
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
    probe.textContent = '0'.repeat(40);
    sp.append(probe);
    con.chw = probe.getBoundingClientRect().width / 40;
    const cs = getComputedStyle(con);
    con.pad = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
    probe.remove();
    if (!con.chw) return 0;
  }
  return Math.max(8, Math.floor((w - con.pad) / con.chw));
}
// rowsOf(text, cols): the rows text takes, cols characters to a row, broken
// where the browser breaks it: after a run of spaces (they hang at the end
// of the row) or after a hyphen inside a word; a word longer than a row
// starts a row of its own and is cut every cols characters.
export function rowsOf(text, cols) {
  const n = text.length;
  if (n <= cols) return 1;
  let rows = 1, col = 0, i = 0;
  while (i < n) {
    let j = i;
    while (j < n && text[j] !== ' ') {
      j++;
      if (text[j - 1] === '-' && j - 1 > i && j < n && /[A-Za-z]/.test(text[j]) && /[A-Za-z]/.test(text[j - 2])) break;
    }
    const w = j - i;
    if (w) {
      if (col > 0 && col + w > cols) { rows++; col = 0; }
      if (w > cols) { const more = Math.ceil(w / cols) - 1; rows += more; col = w - more * cols; } else col += w;
    }
    while (j < n && text[j] === ' ') { j++; col++; }
    i = j;
  }
  return rows;
}
const textOf = (l) => (l.loop ? loopName(l.loop) + ' › ' : '') + l.text;
function geometry(con, trace, n) {
  const cols = con.cols || Infinity;
  let g = con.geo;
  if (!g || g.trace !== trace || g.cols !== cols) g = con.geo = { trace, cols, n: 0, top: [0] };
  if (n >= g.n) {
    for (let k = Math.max(0, g.n - 1); k < n; k++) g.top[k + 1] = g.top[k] + rowsOf(textOf(trace.lines[k]), cols);
    g.n = n;
  }
  g.shown = n; // a step back shows fewer lines: their rows are measured already
  g.rows = g.top[n];
  return g;
}
// lineAt: the line on row r (the last whose first row is r or before).
function lineAt(g, r) {
  let lo = 0, hi = g.shown;
  while (lo < hi) { const m = (lo + hi) >> 1; if (g.top[m] <= r) lo = m + 1; else hi = m; }
  return Math.max(0, lo - 1);
}
function paint(con, top) {
  if (top == null) { top = con.scrollTop; con.vh = con.clientHeight || con.vh; } // a scroll: the layout is fresh
  const { trace, n, mark } = con.v;
  const sp = con.firstElementChild;
  if (!sp) return;
  if (!trace || !n) { sp.innerHTML = ''; return; }
  const h = con.vh || 400;
  const g = geometry(con, trace, n);
  const first = Math.max(0, lineAt(g, Math.floor(top / LH)) - 4);
  let last = first;
  while (last < n && g.top[last] * LH < top + h + 8 * LH) last++;
  const range = `${first}-${last}-${mark}-${n}-${g.cols}-${g.rows}`;
  if (sp.dataset.range === range) return;
  let html = '';
  for (let k = first; k < last; k++) {
    const l = trace.lines[k];
    // A worker's or a child's line says whose it is (its text stays the program's own).
    const from = l.loop ? `<span class="from" title="printed by ${loopName(l.loop)}">${esc(loopName(l.loop))} ›</span>` : '';
    html += `<div class="line${l.fd === 2 ? ' err' : ''}${l.i === mark ? ' new' : ''}" style="top:${g.top[k] * LH}px">${from}${esc(l.text)}</div>`;
  }
  sp.innerHTML = html;
  if (g.cols !== Infinity) settle(sp, g, first, last, trace.lines);
  sp.dataset.range = `${first}-${last}-${mark}-${n}-${g.cols}-${g.rows}`;
}
// settle reads the rows the drawn lines took and, where one took more or
// fewer than rowsOf guessed, moves every line below it: a wrong guess costs
// a line's place in the scroll, never an overlap or a gap. Only a line
// the guess may have got wrong is read (one that wraps, or has more than
// printable ASCII): reading lays the page out, and a run printing 100k
// short lines draws the console many times a second.
const SURE = /^[\x20-\x7e]*$/;
function settle(sp, g, first, last, lines) {
  const els = sp.children, fix = [];
  for (let k = first; k < last; k++) {
    const rows = g.top[k + 1] - g.top[k];
    if (rows === 1 && !lines[k].loop && SURE.test(lines[k].text)) continue;
    const d = Math.max(1, Math.round(els[k - first].offsetHeight / LH)) - rows;
    if (d) fix.push([k, d]);
  }
  if (!fix.length) return;
  let acc = 0, f = 0;
  for (let j = fix[0][0] + 1; j <= g.n; j++) {
    while (f < fix.length && fix[f][0] < j) acc += fix[f++][1];
    g.top[j] += acc;
  }
  g.rows = g.top[g.shown];
  for (let k = first; k < last; k++) els[k - first].style.top = g.top[k] * LH + 'px';
  sp.style.height = g.rows * LH + 'px';
}
