// Panels: the loop's state at one step, drawn into plain DOM. Shared by the
// playground and the <evloop-demo> widget.
import { PHASES, explain, ms } from './model.js';

export const ALL_PANELS = ['loop', 'stack', 'nextTick', 'promise', 'timers', 'pending', 'idle', 'poll', 'check', 'close', 'console'];

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function list(items, fmt) {
  if (!items.length) return '<li class="empty">empty</li>';
  return items.map((x) => `<li>${fmt(x)}</li>`).join('');
}

const item = (x) => `<span class="id">#${x.id}</span> ${esc(x.label)}`;

function loopSVG(st) {
  // The loop as a ring of phases; microtasks in the middle.
  const names = { timers: 'timers', pending: 'pending', idle: 'idle', prepare: 'prepare', poll: 'poll', check: 'check', close: 'close' };
  const n = PHASES.length, R = 74, cx = 110, cy = 96;
  let out = `<svg viewBox="0 0 220 192" class="loop-svg" role="img" aria-label="event loop, phase ${esc(st.phase)}">`;
  out += `<circle cx="${cx}" cy="${cy}" r="${R}" class="ring"/>`;
  PHASES.forEach((p, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    const x = cx + R * Math.cos(a), y = cy + R * Math.sin(a);
    const on = st.phase === p;
    out += `<g class="ph${on ? ' on' : ''}${on && !st.inPhase ? ' left' : ''}" data-phase="${p}"><rect x="${x - 30}" y="${y - 11}" width="60" height="22" rx="6"/><text x="${x}" y="${y + 4}">${names[p]}</text></g>`;
  });
  const mt = st.checkpoint;
  out += `<g class="ph mid${st.phase === 'main' ? ' on' : ''}" data-phase="main"><rect x="${cx - 34}" y="${cy - 26}" width="68" height="22" rx="6"/><text x="${cx}" y="${cy - 11}">main</text></g>`;
  out += `<g class="ph mid${mt ? ' on micro' : ''}"><rect x="${cx - 40}" y="${cy + 2}" width="80" height="22" rx="6"/><text x="${cx}" y="${cy + 17}">microtasks</text></g>`;
  return out + '</svg>';
}

// render(root, trace, i, {panels, compact}) fills root with the panels.
export function render(root, trace, i, opts = {}) {
  const want = new Set(opts.panels || ALL_PANELS);
  const st = trace ? trace.state(i) : null;
  const e = trace && i >= 0 ? trace.events[i] : null;
  const q = st ? st.queues : {};
  const box = (key, title, body, cls = '') => want.has(key) ? `<section class="panel ${cls}" data-panel="${key}"><h3>${title}</h3>${body}</section>` : '';
  let html = '';
  if (st) {
    const frames = st.frames ? `<ul class="frames">${st.frames.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` : '';
    html += box('loop', `Loop <span class="muted">iteration ${st.iteration} · ${ms(st.t)}</span>`, loopSVG(st), 'loop');
    html += box('stack', 'Call stack', `<ul class="stack">${list(st.stack.slice().reverse(), (f) => esc(f.label))}</ul>${frames}`);
    html += box('nextTick', 'nextTick queue', `<ul>${list(q.nextTick, item)}</ul>`, 'micro');
    html += box('promise', 'Promise queue', `<ul>${list(q.promise, (x) => item(x) + (x.waiting ? ' <span class="muted">waiting or queued</span>' : ''))}</ul>`, 'micro');
    html += box('timers', 'Timers', `<ul>${list(q.timers.slice().sort((a, b) => (a.due ?? 0) - (b.due ?? 0)), (x) => item(x) + ` <span class="due">due ${x.due ?? '?'} ms</span>`)}</ul>`);
    html += box('pending', 'Pending', `<ul>${list(q.pending, item)}</ul>`);
    html += box('idle', 'Idle / prepare', `<ul>${list([], item)}</ul><p class="muted">${st.phase === 'idle' || st.phase === 'prepare' ? 'internal: ' + st.phase : 'internal libuv handles'}</p>`);
    html += box('poll', 'Poll', `<ul>${list([...q.io, ...q.pool.map((x) => ({ ...x, label: x.label + ' (pool)' })), ...(q.event || [])], item)}</ul>${st.poll ? `<p class="muted">timeout ${st.poll.n === -1 ? '∞' : st.poll.n + ' ms'}: ${esc(st.poll.why)}</p>` : ''}${st.pool.length ? `<p class="muted">pool: ${st.pool.map((p) => `#${p.id}@w${p.worker}`).join(' ')}</p>` : ''}`);
    html += box('check', 'Check (setImmediate)', `<ul>${list(q.check, item)}</ul>`);
    html += box('close', 'Close', `<ul>${list(q.close, item)}</ul>`);
  }
  root.querySelector('.panels').innerHTML = html;
  const expl = root.querySelector('.explain');
  if (expl) expl.textContent = explain(e);
  const con = root.querySelector('.console');
  if (con && want.has('console')) {
    const lines = trace ? trace.output(i) : [];
    con.innerHTML = lines.map((l) => `<div class="line${l.fd === 2 ? ' err' : ''}${l.i === i ? ' new' : ''}">${esc(l.text.replace(/\n$/, ''))}</div>`).join('');
    con.scrollTop = con.scrollHeight;
  }
}
