// The trace model: JSON-lines events (loop/trace, site/docs/trace.md) and
// the loop's state rebuilt after any step. Start empty; enqueue adds (q,id),
// dequeue and cancel remove it; register adds a then/await reaction shown as
// "waiting or queued"; the call stack is the callback.start/end nesting.

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


// Trace holds the events and answers state(i): the loop after event i.
export class Trace {
  constructor(events) {
    this.events = events;
    this.snaps = [];
    // A snapshot every `every` events: state(i) replays at most that many.
    this.every = events.length > 50000 ? 512 : 128;
    const EVERY = this.every;
    let s = empty();
    for (let i = 0; i < events.length; i++) {
      if (i % EVERY === 0) this.snaps.push(clone(s));
      apply(s, events[i]);
    }
    this.console = [];
    events.forEach((e, i) => { if (e.ev === 'console' || e.ev === 'error') this.console.push(i); });
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
  // output(i): console lines emitted up to event i.
  output(i) {
    const out = [];
    for (const k of this.console) {
      if (k > i) break;
      const e = this.events[k];
      out.push({ fd: e.ev === 'error' ? 2 : e.fd || 1, text: e.text || e.label || '', error: e.ev === 'error', i: k });
    }
    return out;
  }
  stdout() { return this.events.filter((e) => e.ev === 'console' && (e.fd || 1) === 1).map((e) => e.text).join(''); }
  next(i, pred) { for (let j = i + 1; j < this.events.length; j++) if (pred(this.events[j])) return j; return this.events.length - 1; }
  prev(i, pred) { for (let j = i - 1; j >= 0; j--) if (pred(this.events[j])) return j; return -1; }
}

const ms = (ns) => (ns / 1e6).toFixed(3).replace(/\.?0+$/, '') + ' ms';
const QN = { nextTick: 'the nextTick queue', promise: 'the promise (microtask) queue', timers: 'the timer queue', pending: 'the pending-callbacks queue', io: 'the I/O (poll) queue', pool: 'the thread pool', check: 'the check (setImmediate) queue', close: 'the close-callbacks queue', event: 'the event queue', main: 'the main script' };
const PN = { main: 'the main script', timers: 'timers', pending: 'pending callbacks', idle: 'idle', prepare: 'prepare', poll: 'poll (I/O)', check: 'check (setImmediate)', close: 'close callbacks', exit: 'exit' };

// explain(e): one sentence for one step.
export function explain(e) {
  if (!e) return 'Press Run, then Step to walk through the loop one event at a time.';
  const L = e.label ? `“${e.label}”` : `#${e.id}`;
  switch (e.ev) {
    case 'loop.start': return `The run begins on the ${e.label || ''} clock.`;
    case 'loop.end': return `Nothing keeps the loop alive any more: the process exits with code ${e.n ?? 0}.`;
    case 'script.start': return 'Node runs the main module synchronously, before the event loop starts.';
    case 'script.end': return 'The main module has finished; now the event loop takes over.';
    case 'iteration': return `Iteration ${e.n} of the event loop begins.`;
    case 'phase.enter': return e.phase === 'main' ? 'The main script phase: the whole file runs top to bottom.' : `The loop enters the ${PN[e.phase] || e.phase} phase.`;
    case 'phase.leave': return `The ${PN[e.phase] || e.phase} phase is over.`;
    case 'poll.timeout': return `Poll may wait ${e.n === -1 ? 'until I/O arrives' : (e.n ?? 0) + ' ms'}: ${e.why || ''}.`;
    case 'clock': return `No work is ready, so the virtual clock jumps ahead ${ms(e.n || 0)}.`;
    case 'enqueue': return e.q === 'timers' ? `${L} joins the timer queue, due at ${e.due} ms.` : `${L} joins ${QN[e.q] || e.q}.`;
    case 'register': return `${L} is registered: it waits for its promise, then joins the promise queue (waiting or queued).`;
    case 'dequeue': return `${L} leaves ${QN[e.q] || e.q} to run.`;
    case 'cancel': return `${L} is removed from ${QN[e.q] || e.q} without running.`;
    case 'callback.start': return `${L} is pushed onto the call stack and runs.`;
    case 'callback.end': return `${L} returns; it is popped off the call stack.`;
    case 'checkpoint.start': return 'Microtask checkpoint: drain the nextTick queue, then the promise queue.';
    case 'checkpoint.end': return 'Both microtask queues are empty; the loop moves on.';
    case 'pool.done': return `Work #${e.id} finished on thread-pool worker ${e.worker} after ${ms(e.n || 0)}.`;
    case 'console': return `console output${e.fd === 2 ? ' (stderr)' : ''}: ${JSON.stringify((e.text || '').replace(/\n$/, ''))}.`;
    case 'error': return `Error: ${(e.text || e.label || '').split('\n')[0]}`;
    default: return `${e.ev}${e.q ? ' ' + e.q : ''}${e.id ? ' #' + e.id : ''}`;
  }
}

export { ms };
