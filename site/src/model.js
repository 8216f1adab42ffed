// The trace model: JSON-lines events (loop/trace, site/docs/trace.md) and
// the loop's state rebuilt after any step. Start empty; enqueue adds (q,id),
// dequeue and cancel remove it; register adds a then/await reaction that
// waits for its promise; the call stack is the callback.start/end nesting.
//
// Trace also answers what a reader steps through: the console lines up to an
// event (binary search, so a step costs the same with 100 or 100k lines), the
// program line each event runs, and the steps at teaching granularity
// (steps('teach')) or every event (steps('all')).

import { clean } from './words.js';

export const PHASES = ['timers', 'pending', 'idle', 'prepare', 'poll', 'check', 'close'];
export const QUEUES = ['nextTick', 'promise', 'timers', 'pending', 'io', 'pool', 'check', 'close', 'event'];

export function parse(text) {
  const events = [];
  for (const line of text.split('\n')) {
    const s = line.trim();
    if (!s) continue;
    try { events.push(JSON.parse(s)); } catch { /* a cut last line */ }
  }
  return events;
}

// eventsOf(result) is a run's trace events; for a run the page ended (Stop,
// the time budget) or that failed, what the program printed but the trace
// did not record yet is added as console events, then the reason as an error.
export function eventsOf(r) {
  const events = parse(r.trace || '');
  if (!r.stopped && r.exitCode != null) return events;
  for (const fd of [1, 2]) {
    const traced = events.filter((e) => e.ev === 'console' && (e.fd || 1) === fd).map((e) => e.text || '').join('');
    const printed = (fd === 1 ? r.stdout : r.stderr) || '';
    if (printed.length > traced.length && printed.startsWith(traced)) events.push({ ev: 'console', fd, text: printed.slice(traced.length), late: true });
  }
  if (r.error) events.push({ ev: 'error', text: r.error, stopped: !!r.stopped });
  return events;
}

function empty() {
  const queues = {};
  for (const q of QUEUES) queues[q] = [];
  return { queues, stack: [], phase: 'main', inPhase: false, iteration: 0, t: 0, poll: null, checkpoint: false, pool: [], ended: false, exit: null };
}

const clone = (s) => ({
  ...s,
  queues: Object.fromEntries(Object.entries(s.queues).map(([k, v]) => [k, v.slice()])),
  stack: s.stack.slice(),
  pool: s.pool.slice(),
});

function apply(s, e) {
  if (e.t != null) s.t = e.t;
  const q = e.q && (s.queues[e.q] || (s.queues[e.q] = []));
  switch (e.ev) {
    case 'phase.enter': s.phase = e.phase; s.inPhase = true; if (e.phase !== 'poll') s.poll = null; break;
    case 'phase.leave': s.inPhase = false; break;
    case 'iteration': s.iteration = e.n; break;
    case 'poll.timeout': s.poll = { n: e.n ?? 0, why: e.why || '' }; break;
    case 'enqueue':
      if (q) { const i = q.findIndex((x) => x.id === e.id); if (i >= 0) q.splice(i, 1); q.push({ id: e.id, label: e.label || '', due: e.due }); }
      break;
    case 'register':
      if (q) q.push({ id: e.id, label: e.label || '', waiting: true });
      break;
    case 'dequeue': case 'cancel':
      if (q) { const i = q.findIndex((x) => x.id === e.id); if (i >= 0) q.splice(i, 1); }
      break;
    case 'callback.start': s.stack.push({ id: e.id, q: e.q, label: e.label || e.q || 'callback' }); break;
    case 'callback.end': {
      const i = s.stack.map((f) => f.id).lastIndexOf(e.id);
      if (i >= 0) s.stack.splice(i); else s.stack.pop();
      break;
    }
    case 'checkpoint.start': s.checkpoint = true; break;
    case 'checkpoint.end': s.checkpoint = false; break;
    case 'pool.done': s.pool.push({ id: e.id, worker: e.worker, n: e.n }); if (s.pool.length > 8) s.pool.shift(); break;
    case 'loop.end': s.ended = true; s.exit = e.n ?? 0; s.stack = []; break;
  }
  return s;
}

// posOf(e) is the program line an event names: its innermost stack frame,
// or the call site in its label ("setTimeout f at main.js:3").
function posOf(e) {
  const m = (e.stack && e.stack[0] && /(\S+):(\d+)$/.exec(e.stack[0])) || (e.label && / at (\S+):(\d+)$/.exec(e.label));
  return m ? { file: m[1], line: Number(m[2]) } : null;
}

// Trace holds the events and answers state(i): the loop after event i.
export class Trace {
  constructor(events, { file = 'main.js' } = {}) {
    this.events = events;
    this.file = file;
    this.snaps = [];
    // A snapshot every `every` events: state(i) replays at most that many.
    this.every = events.length > 50000 ? 512 : 128;
    const EVERY = this.every;
    let s = empty();
    for (let i = 0; i < events.length; i++) {
      if (i % EVERY === 0) this.snaps.push(clone(s));
      apply(s, events[i]);
    }
    this.labels = new Map(); // id → label (callback.end and dequeue may leave it out)
    for (const e of events) if (e.id != null && e.label && !this.labels.has(e.id)) this.labels.set(e.id, e.label);
    this.lines = consoleLines(events);
    this.lineAt = runningLines(events, file);
    this.internal = libraryChains(events, this);
    this.firstIteration = events.findIndex((e) => e.ev === 'iteration');
    this.cache = {};
  }
  get length() { return this.events.length; }
  // state(i): after events[0..i]; i = -1 is before the first.
  state(i) {
    if (i < 0) return empty();
    const base = Math.floor(i / this.every);
    const s = clone(this.snaps[base]);
    for (let j = base * this.every; j <= i; j++) apply(s, this.events[j]);
    const e = this.events[i];
    s.frames = e.stack || null;
    return s;
  }
  // linesUpTo(i): how many console lines events[0..i] printed.
  linesUpTo(i) {
    let lo = 0, hi = this.lines.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (this.lines[m].i <= i) lo = m + 1; else hi = m; }
    return lo;
  }
  // output(i): the console lines emitted up to event i.
  output(i) { return this.lines.slice(0, this.linesUpTo(i)); }
  stdout() { return this.events.filter((e) => e.ev === 'console' && (e.fd || 1) === 1).map((e) => e.text).join(''); }
  label(e) { return e.label || (e.id != null && this.labels.get(e.id)) || ''; }
  next(i, pred) { for (let j = i + 1; j < this.events.length; j++) if (pred(this.events[j])) return j; return this.events.length - 1; }
  prev(i, pred) { for (let j = i - 1; j >= 0; j--) if (pred(this.events[j])) return j; return -1; }
  // steps(mode) lists the event indices a reader stops at: 'all' (every
  // event) or 'teach' (one step per callback or queue change; a run of
  // phases with nothing in them is one "loop turns" step; a library's
  // internal steps, readFile's open/fstat/read/close, are folded).
  steps(mode = 'teach') {
    if (this.cache[mode]) return this.cache[mode];
    const out = [];
    if (mode === 'all') { for (let i = 0; i < this.events.length; i++) out.push(i); return (this.cache[mode] = out); }
    const ev = this.events, keep = new Array(ev.length).fill(false);
    for (let i = 0; i < ev.length; i++) keep[i] = teaches(ev, i, this);
    // A phase is entered as a step when something happens in it.
    let turn = false;
    for (let i = 0; i < ev.length; i++) {
      const e = ev[i];
      if (e.ev === 'phase.enter') {
        const end = this.next(i, (x) => x.ev === 'phase.leave' || x.ev === 'phase.enter');
        for (let j = i + 1; j <= end; j++) if (keep[j]) { keep[i] = true; break; }
      }
    }
    this.turns = new Map(); // index → the phases folded into that "loop turns" step
    let folded = [];
    for (let i = 0; i < ev.length; i++) {
      if (keep[i]) {
        if (turn && folded.length) { this.turns.set(i - 1, folded); out.push(i - 1); }
        turn = false; folded = [];
        out.push(i);
        continue;
      }
      if (ev[i].ev === 'phase.enter' || ev[i].ev === 'iteration' || ev[i].ev === 'clock') { turn = true; folded.push(ev[i]); }
    }
    if (turn && folded.length) { this.turns.set(ev.length - 1, folded); out.push(ev.length - 1); }
    return (this.cache[mode] = [...new Set(out)].sort((a, b) => a - b));
  }
}

// teaches(ev, i): whether event i is a step at teaching granularity.
function teaches(ev, i, trace) {
  const e = ev[i];
  if (trace.internal.has(i)) return false;
  switch (e.ev) {
    case 'loop.start': case 'script.start': case 'phase.leave': case 'dequeue': case 'checkpoint.end':
    case 'iteration': case 'phase.enter': case 'pool.start': case 'note':
      return false;
    case 'checkpoint.start': {
      const n = ev[i + 1];
      return !!n && n.ev !== 'checkpoint.end';
    }
    case 'poll.timeout': case 'clock': return false; // told in the "loop turns" step
    case 'callback.start': return e.q !== 'event' || !quiet(ev, i);
    case 'callback.end': return e.q !== 'event' || !quiet(ev, trace.prev(i, (x) => x.ev === 'callback.start' && x.id === e.id));
    default: return true;
  }
}

// quiet: the callback starting at i ran no code of the program's (an event
// emitted with no listener: 'beforeExit' when nothing listens).
function quiet(ev, i) {
  const id = ev[i].id;
  for (let j = i + 1; j < ev.length; j++) {
    const e = ev[j];
    if (e.ev === 'callback.end' && e.id === id) return true;
    if (e.ev !== 'checkpoint.start' && e.ev !== 'checkpoint.end') return false;
  }
  return true;
}

// consoleLines: every console line, with the event that printed it; a
// write that does not end its line continues on the next write.
function consoleLines(events) {
  const lines = [];
  let open = false;
  events.forEach((e, i) => {
    if (e.ev !== 'console' && e.ev !== 'error') return;
    const fd = e.ev === 'error' ? 2 : e.fd || 1;
    let text = e.text || e.label || '';
    if (e.ev === 'error') text = clean(text);
    if (e.ev === 'error' && !text.endsWith('\n')) text += '\n';
    const parts = text.split('\n');
    const ends = parts.pop() === '';
    if (!ends) parts.push(text.slice(text.lastIndexOf('\n') + 1));
    parts.forEach((p, k) => {
      if (k === 0 && open && lines.length) { lines[lines.length - 1].text += p; lines[lines.length - 1].i = i; return; }
      lines.push({ fd, text: p, error: e.ev === 'error', i });
    });
    open = !ends;
  });
  return lines;
}

// runningLines: for each event, the line of `file` the program is running
// (0: none): the event's own position, else the running callback's. A
// callback's line is the first position reported inside it.
function runningLines(events, file) {
  const at = new Int32Array(events.length);
  const frames = [];
  const starts = [];
  events.forEach((e, i) => {
    const p = e.ev === 'callback.start' || e.ev === 'callback.end' || e.ev === 'dequeue' ? null : posOf(e);
    const line = p && p.file === file ? p.line : 0;
    if (e.ev === 'callback.start') { const f = { line: 0, i }; frames.push(f); starts.push(f); return; }
    const top = frames[frames.length - 1];
    if (line && top && !top.line) top.line = line;
    at[i] = line || (e.ev === 'enqueue' || e.ev === 'register' ? 0 : (top ? top.line : 0));
    if (e.ev === 'callback.end') frames.pop();
  });
  for (const f of starts) at[f.i] = f.line;
  // Events between a callback's start and its first positioned event take that line too.
  const open = [];
  events.forEach((e, i) => {
    if (e.ev === 'callback.start') open.push(i);
    else if (e.ev === 'callback.end') open.pop();
    else if (!at[i] && open.length && e.ev !== 'enqueue' && e.ev !== 'register') at[i] = at[open[open.length - 1]];
  });
  return at;
}

// libraryChains finds readFile's internal steps: an fs.open whose callback
// runs none of the program's code and starts fs.fstat, whose callback starts
// fs.read (repeated), then fs.close, whose callback calls the program's. It
// returns the indices of the internal events (folded at teaching
// granularity) and records each chain's user-facing events.
function libraryChains(events, trace) {
  const internal = new Set();
  trace.chains = new Map(); // id of the fs.close item → {path, ids}
  trace.chainOf = new Map(); // id → the chain it belongs to
  const parent = new Map(); // pool id → the fs.* io callback that started it
  const running = [];
  const op = (e) => /^fs\.(\w+)/.exec(trace.label(e) || '')?.[1];
  const userCode = new Set(); // ids of callbacks in which program code ran (a stack was reported)
  events.forEach((e) => {
    if (e.ev === 'callback.start') running.push(e);
    else if (e.ev === 'callback.end') running.pop();
    else {
      const top = running[running.length - 1];
      if (e.ev === 'enqueue' && e.q === 'pool' && top && top.q === 'io' && op(top)) parent.set(e.id, top.id);
      if (e.stack && top) userCode.add(top.id);
    }
  });
  // Walk back from each fs.close whose parent chain is read → fstat → open.
  for (const [id] of parent) {
    if (op({ label: trace.labels.get(id) }) !== 'close') continue;
    const ids = [id];
    let cur = parent.get(id), ok = true;
    const seen = [];
    while (cur != null) { ids.unshift(cur); seen.unshift(op({ label: trace.labels.get(cur) })); if (userCode.has(cur)) ok = false; cur = parent.get(cur); }
    const shape = seen.join(' ');
    if (!ok || !/^open fstat( read)+$/.test(shape)) continue;
    const path = (trace.labels.get(ids[0]) || '').replace(/^fs\.open\s*/, '');
    const chain = { path, ids, close: id };
    trace.chains.set(id, chain);
    for (const x of ids) trace.chainOf.set(x, chain);
  }
  events.forEach((e, i) => {
    const chain = e.id != null && trace.chainOf.get(e.id);
    if (!chain) return;
    const first = e.id === chain.ids[0] && e.ev === 'enqueue';
    const user = e.id === chain.close && (e.ev === 'callback.start' || e.ev === 'callback.end');
    if (!first && !user) internal.add(i);
  });
  return internal;
}

const ms = (ns) => (ns / 1e6).toFixed(3).replace(/\.?0+$/, '') + ' ms';
const QN = { nextTick: 'the nextTick queue', promise: 'the promise (microtask) queue', timers: 'the timer queue', pending: 'the pending-callbacks queue', io: 'the I/O (poll) queue', pool: 'the thread pool', check: 'the check (setImmediate) queue', close: 'the close-callbacks queue', event: 'the event queue', main: 'the main script' };
const PN = { timers: 'timers', pending: 'pending callbacks', idle: 'idle', prepare: 'prepare', poll: 'poll (I/O)', check: 'check (setImmediate)', close: 'close callbacks', exit: 'exit' };

// name(label) says what a queued item is in words: "the setTimeout callback
// from line 2", "the .then callback from line 6", "the main script".
export function name(label, trace, e) {
  if (trace && e && e.id != null) {
    const chain = trace.chainOf && trace.chainOf.get(e.id);
    if (chain) return e.id === chain.close ? 'readFile’s callback' : `fs.readFile(${chain.path})`;
  }
  const l = label || '';
  let m = /^(setTimeout|setInterval|setImmediate|nextTick) (\S+)(?: at (\S+):(\d+))?$/.exec(l);
  if (m) {
    const api = m[1] === 'nextTick' ? 'process.nextTick' : m[1];
    const fn = m[2] !== '(anonymous)' ? ` ${m[2]}` : '';
    return `the ${api} callback${fn}${m[4] ? ` from line ${m[4]}` : ''}`;
  }
  if ((m = /^then at (\S+):(\d+)$/.exec(l))) return `the .then callback from line ${m[2]}`;
  if ((m = /^await in (\S+) at (\S+):(\d+)$/.exec(l))) return `the rest of ${m[1]} after its await (line ${m[3]})`;
  if ((m = /^main script/.exec(l))) return 'the main script';
  if ((m = /^process '(\w+)'$/.exec(l))) return `process's '${m[1]}' event`;
  return l ? `“${l}”` : 'a callback';
}

// WHY maps a step to the section of docs/loop.md on the rule that decides it.
const WHY = {
  main: 'main-script', timers: 'timers', pending: 'pending-callbacks', idle: 'idle-and-prepare', prepare: 'idle-and-prepare',
  poll: 'poll', check: 'check', close: 'close-callbacks', nextTick: 'microtasks', promise: 'microtasks', pool: 'the-thread-pool', io: 'poll', event: 'beforeexit',
};
export function why(e) {
  if (!e) return null;
  switch (e.ev) {
    case 'checkpoint.start': case 'checkpoint.end': case 'register': return 'microtasks';
    case 'iteration': return 'the-first-iteration';
    case 'clock': case 'poll.timeout': return 'poll';
    case 'pool.done': return 'the-thread-pool';
    case 'loop.end': return 'when-the-loop-ends';
    case 'script.start': case 'script.end': return 'main-script';
    case 'error': return e.stopped || /promise jobs|never emptied|callbacks \(the bound/.test(e.text || '') ? 'bounds' : null;
    case 'phase.enter': case 'phase.leave': return WHY[e.phase] || null;
  }
  return (e.q && WHY[e.q]) || (e.phase && WHY[e.phase]) || null;
}

// explain(e, trace, i, teach): one sentence for one step, in plain words
// (teach: the step may stand for a run of empty phases, "the loop turns").
export function explain(e, trace, i, teach = false) {
  if (!e) return 'Press Run, then Step to walk through the loop one event at a time.';
  const folded = teach && trace && trace.turns && trace.turns.get(i);
  if (folded) {
    const its = folded.filter((x) => x.ev === 'iteration').map((x) => x.n);
    const phases = [...new Set(folded.filter((x) => x.ev === 'phase.enter' && x.phase !== 'exit').map((x) => PN[x.phase] || x.phase))];
    const clock = folded.filter((x) => x.ev === 'clock').reduce((a, x) => a + (x.n || 0), 0);
    const first = its.includes(1) ? ' Iteration 1 begins only now because node 20’s libuv runs the timers already due once before its first iteration.' : '';
    const iter = its.length > 1 ? ` (iterations ${its[0]}–${its[its.length - 1]})` : its.length ? ` (iteration ${its[0]})` : '';
    const wait = clock ? ` Nothing is ready, so the virtual clock jumps ahead ${ms(clock)}${phases.includes('poll (I/O)') ? ' while poll waits' : ''}.` : '';
    if (!phases.length && !its.length) return wait.trim() || 'The loop goes on.';
    return `The loop turns${iter}: ${phases.join(', ')} — nothing to run there.${wait}${first}`;
  }
  const L = name(trace ? trace.label(e) : e.label, trace, e);
  const Lc = L.startsWith('the ') ? 'T' + L.slice(1) : L;
  const chain = trace && e.id != null && trace.chainOf && trace.chainOf.get(e.id);
  switch (e.ev) {
    case 'loop.start': return `The run begins on the ${e.label || ''} clock.`;
    case 'loop.end': return `Nothing keeps the loop alive any more: the process exits with code ${e.n ?? 0}.`;
    case 'script.start': return 'Node runs the main script from top to bottom before the event loop starts.';
    case 'script.end': return 'The main script has finished; now the event loop takes over.';
    case 'iteration':
      return trace && trace.firstIteration === i
        ? 'Iteration 1 of the event loop begins. (The timers that were already due ran just before it: node 20’s libuv runs them once before its first iteration.)'
        : `Iteration ${e.n} of the event loop begins.`;
    case 'phase.enter': return e.phase === 'main' ? 'Node runs the main script, top to bottom.' : `The loop enters the ${PN[e.phase] || e.phase} phase.`;
    case 'phase.leave': return e.phase === 'main' ? 'The main script is done; the loop starts.' : `The ${PN[e.phase] || e.phase} phase is over.`;
    case 'poll.timeout': return `Poll may wait ${e.n === -1 ? 'until I/O arrives' : (e.n ?? 0) + ' ms'}: ${e.why || ''}.`;
    case 'clock': return `No work is ready, so the virtual clock jumps ahead ${ms(e.n || 0)}.`;
    case 'enqueue':
      if (chain) return `${Lc} starts: node opens the file, reads its size, reads it and closes it on the thread pool, then calls your callback.`;
      return e.q === 'timers' ? `${Lc} joins the timer queue, due at ${e.due} ms.` : `${Lc} joins ${QN[e.q] || e.q}.`;
    case 'register': return `${Lc} is registered: it waits for its promise to settle, then joins the promise queue.`;
    case 'dequeue': return `${Lc} leaves ${QN[e.q] || e.q} to run.`;
    case 'cancel': return `${Lc} is removed from ${QN[e.q] || e.q} without running.`;
    case 'callback.start':
      if (chain) return `The file ${chain.path} is read and closed: readFile’s callback is pushed onto the call stack and runs.`;
      if (e.q === 'event' && trace && quiet(trace.events, i)) return `Node emits ${L} before exiting; no listener scheduled more work.`;
      return `${Lc} is pushed onto the call stack and runs.`;
    case 'callback.end': return `${Lc} returns; it is popped off the call stack.`;
    case 'checkpoint.start': return 'Microtask checkpoint: drain the nextTick queue, then the promise queue.';
    case 'checkpoint.end': return 'Both microtask queues are empty; the loop moves on.';
    case 'pool.done': return `Work ${name(trace ? trace.label(e) : e.label)} finished on thread-pool worker ${e.worker} after ${ms(e.n || 0)}.`;
    case 'console': return `console output${e.fd === 2 ? ' (stderr)' : ''}: ${JSON.stringify((e.text || '').replace(/\n$/, ''))}.`;
    case 'error': return e.stopped ? e.text : `${clean(e.text || e.label || '').split('\n')[0]}`;
    case 'note': return e.text || 'A remark from the loop.';
    default: return `${e.ev}${e.q ? ' ' + e.q : ''}`;
  }
}

export { ms };
