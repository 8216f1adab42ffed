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

// Several loops (worker threads, simulated child processes) share one
// trace: an event's `loop` says whose it is (none: the main thread's), and
// its ids are that loop's own, so the model keys them "loop:id".
export const loopOf = (e) => (e && e.loop) || 0;
export function loopName(id) {
  return !id ? 'main thread' : id >= 1001 ? `child pid ${id}` : `worker ${id}`;
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

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
  // The engine's result has the trace parsed already (as it came); a copy,
  // since what follows adds to it.
  const events = r.events ? r.events.slice() : parse(r.trace || '');
  // An uncaught error's whole report (its stack; a SyntaxError's source line
  // and caret) went to stderr, the trace keeps one line of it: the console
  // shows the report, the step's sentence that line.
  const report = reportOf(events, r.stderr || '');
  if (report) for (const e of events) if (e.ev === 'error') e.report = report;
  if (!r.stopped && r.exitCode != null) return events;
  // A run stopped inside its main script (a top-level while(true){}) left
  // no trace: the module writes it when the script gives control back. The
  // script was running, though: its start stands for what was not traced,
  // so the stop's step shows it on the call stack, not an empty one.
  if (r.stopped && !events.some((e) => e.ev === 'script.start' || e.ev === 'callback.start')) {
    events.unshift({ ev: 'phase.enter', phase: 'main', t: 0 }, { ev: 'callback.start', phase: 'main', q: 'main', id: 0, label: 'main script', t: 0 });
  }
  for (const fd of [1, 2]) {
    const traced = events.filter((e) => e.ev === 'console' && (e.fd || 1) === fd).map((e) => e.text || '').join('');
    const printed = (fd === 1 ? r.stdout : r.stderr) || '';
    if (printed.length > traced.length && printed.startsWith(traced)) events.push({ ev: 'console', fd, text: printed.slice(traced.length), late: true });
  }
  if (r.error) events.push({ ev: 'error', text: r.error, stopped: !!r.stopped });
  return events;
}

// reportOf: what stderr holds after the program's own console.error
// output, up to node's closing "Node.js v20…" line (null if it has none).
function reportOf(events, stderr) {
  const traced = events.filter((e) => e.ev === 'console' && e.fd === 2).map((e) => e.text || '').join('');
  if (!stderr.startsWith(traced)) return null;
  const rest = stderr.slice(traced.length), end = rest.indexOf('\n\nNode.js v');
  return end > 0 ? rest.slice(0, end) : null;
}

function empty() {
  const queues = {};
  for (const q of QUEUES) queues[q] = [];
  return { queues, stack: [], phase: 'main', inPhase: false, iteration: 0, t: 0, poll: null, checkpoint: false, pool: [], ended: false, exit: null };
}

// A state's queues are arrays (what the panels read); while events are
// applied they are Maps, id → item in the order the items came: an
// enqueue or a dequeue is then one step, not a search through the queue
// (1e5 timers made that an O(n²) minute of a frozen page). work(s) and
// done(s) copy a state from one form to the other.
const copy = (s, q) => ({ ...s, queues: Object.fromEntries(Object.entries(s.queues).map(([k, v]) => [k, q(v)])), stack: s.stack.slice(), pool: s.pool.slice() });
const work = (s) => copy(s, (v) => { const m = new Map(); for (const x of v) m.set(x.id, x); return m; });
const done = (s) => copy(s, (v) => [...v.values()]);
const size = (s) => Object.values(s.queues).reduce((a, v) => a + v.size, 0);

function apply(s, e) {
  if (e.t != null) s.t = e.t;
  const q = e.q && (s.queues[e.q] || (s.queues[e.q] = new Map()));
  switch (e.ev) {
    case 'phase.enter': s.phase = e.phase; s.inPhase = true; if (e.phase !== 'poll') s.poll = null; break;
    case 'phase.leave': s.inPhase = false; break;
    case 'iteration': s.iteration = e.n; break;
    case 'poll.timeout': s.poll = { n: e.n ?? 0, why: e.why || '' }; break;
    case 'enqueue':
      if (q) { q.delete(e.id); q.set(e.id, { id: e.id, label: e.label || '', due: e.due }); }
      break;
    case 'register':
      if (q) { q.delete(e.id); q.set(e.id, { id: e.id, label: e.label || '', waiting: true }); }
      break;
    case 'dequeue': case 'cancel':
      if (q) q.delete(e.id);
      break;
    case 'callback.start': s.stack.push({ id: e.id, q: e.q, label: e.label || e.q || 'callback', ...(e.msg != null && { msg: e.msg }) }); break;
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

const all = (m, f) => Object.fromEntries(Object.entries(m).map(([k, s]) => [k, f(s)]));

// Trace holds the events and answers state(i): the loop after event i.
// With several loops, state(i).loops has each loop's own state, and
// state(i).messages the messages between loops in flight at event i.
export class Trace {
  constructor(events, { file = 'main.js', source = '' } = {}) {
    this.loopIds = [...new Set(events.map(loopOf))].sort((a, b) => a - b);
    if (!this.loopIds.includes(0)) this.loopIds.unshift(0);
    this.multi = this.loopIds.length > 1;
    if (this.multi) events = events.map((e) => (e.loop && e.id != null ? { ...e, id: `${e.loop}:${e.id}` } : e));
    this.events = events;
    this.file = file;
    this.snaps = [];
    this.snapAt = []; // the event each snapshot is taken before
    // A snapshot every `every` events, state(i) replays at most that many;
    // further apart while many items wait (each snapshot copies them all:
    // 1e5 timers copied every 512 events took a gigabyte): a quarter of
    // their number apart, so that a replay costs about what a copy does.
    const EVERY = events.length > 50000 ? 512 : 128;
    const m = { 0: work(empty()) };
    let since = Infinity, waiting = 0;
    for (let i = 0; i < events.length; i++) {
      if (since >= EVERY && since >= waiting / 4) { this.snaps.push(all(m, done)); this.snapAt.push(i); since = 0; }
      since++;
      const k = loopOf(events[i]);
      apply(m[k] || (m[k] = work(empty())), events[i]);
      if (since % 64 === 0) waiting = Object.values(m).reduce((a, st) => a + size(st), 0);
    }
    this.messages = messages(events, file);
    // handover: events where another loop got the turn than the event before's.
    this.handover = new Set();
    for (let i = 1; i < events.length; i++) if (loopOf(events[i]) !== loopOf(events[i - 1])) this.handover.add(i);
    this.labels = new Map(); // id → label (callback.end and dequeue may leave it out)
    for (const e of events) if (e.id != null && e.label && !this.labels.has(e.id)) this.labels.set(e.id, e.label);
    this.source = (source || '').split('\n');
    this.lines = consoleLines(events);
    this.items = items(events, file);
    this.internal = library(events, this);
    this.lineAt = runningLines(events, this);
    this.ready = promiseReady(events, this);
    this.firstIteration = events.findIndex((e) => e.ev === 'iteration' && !e.loop);
    this.firstIterations = new Map(); // loop → its first iteration's event
    events.forEach((e, i) => { if (e.ev === 'iteration' && !this.firstIterations.has(loopOf(e))) this.firstIterations.set(loopOf(e), i); });
    this.cache = {};
  }
  get length() { return this.events.length; }
  // prevStep(i, teach): the event of the step before the one at event i (-1: none).
  prevStep(i, teach = false) {
    const s = this.steps(teach ? 'teach' : 'all');
    let lo = 0, hi = s.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (s[m] < i) lo = m + 1; else hi = m; }
    return lo > 0 ? s[lo - 1] : -1;
  }
  // folds(i): the library chain whose internal steps the step at event i
  // folds (its root's enqueue), or null.
  folds(i) {
    const e = this.events[i], it = e && e.id != null ? this.items.get(e.id) : null;
    return it && it.chain && it.role === 'internal' && it.id === it.chain.root && it.i === i ? it.chain : null;
  }
  // line(i, mode): the program line running at step i (0: none; a "loop
  // turns" step runs none).
  line(i, mode = 'teach') {
    if (i < 0) return 0;
    if (mode === 'teach' && this.steps('teach') && this.turns.has(i)) return 0;
    return this.lineAt[i];
  }
  // state(i): after events[0..i]; i = -1 is before the first.
  state(i) {
    if (i < 0) {
      const s = empty();
      if (this.multi) { s.loops = this.loopIds.map((id) => ({ id, name: loopName(id), st: id ? empty() : s, started: !id })); s.messages = []; s.loop = 0; }
      return s;
    }
    let lo = 0, hi = this.snapAt.length; // the last snapshot at or before i
    while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (this.snapAt[mid] <= i) lo = mid; else hi = mid; }
    // A step forward goes on from the state the last one left (this.at):
    // with 190k nextTicks waiting, starting over from a snapshot cost a
    // copy of them all at every step.
    const at = this.at && this.at.i <= i && this.at.i >= this.snapAt[lo] ? this.at : { i: this.snapAt[lo] - 1, w: all(this.snaps[lo], work) };
    const w = at.w;
    for (let j = at.i + 1; j <= i; j++) { const k = loopOf(this.events[j]); apply(w[k] || (w[k] = work(empty())), this.events[j]); }
    this.at = { i, w };
    const m = all(w, done);
    const e = this.events[i];
    for (const st of Object.values(m)) {
      st.frames = null;
      // A reaction counts as queued from the moment it is known to be (promiseReady).
      st.queues.promise = st.queues.promise.map((x) => (x.waiting && (this.ready.get(x.id) ?? Infinity) <= i ? { ...x, waiting: false } : x));
      // Once the loop is done (node's 'exit' event, the loop's end), a
      // reaction still waiting for its promise never runs: its promise
      // never settled, or settled the way it does not handle (a .catch on
      // a chain that fulfilled). It was in no queue, so the panels no longer
      // show it there, where "nothing is left to run" would contradict it.
      // What was queued stays (after an uncaught error: what never ran).
      if (st.ended || st.phase === 'exit') st.queues.promise = st.queues.promise.filter((x) => !x.waiting);
    }
    const s = m[0];
    (m[loopOf(e)] || s).frames = e.stack || null;
    if (!this.multi) return s;
    // A message in flight waits in the receiving loop's poll phase.
    s.messages = this.inFlight(i);
    for (const x of s.messages) {
      const st = m[x.to];
      if (st) st.queues.io.push({ id: `m${x.n}`, label: `${x.kind} from ${loopName(x.from)}`, msg: x.n, q: 'io' });
    }
    s.loop = loopOf(e);
    s.loops = this.loopIds.map((id) => ({ id, name: loopName(id), st: m[id] || empty(), started: !!m[id] }));
    return s;
  }
  // inFlight(i): the messages sent at or before event i whose delivery has
  // not started yet (a message never delivered is left out: its receiver is
  // not known).
  inFlight(i) {
    const out = [];
    for (const x of this.messages.values()) if (x.send >= 0 && x.send <= i && x.recv > i) out.push(x);
    return out;
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
    // A microtask checkpoint is a step when a step happens in it.
    for (let i = 0; i < ev.length; i++) {
      if (ev[i].ev !== 'checkpoint.start') continue;
      const end = this.next(i, (x) => x.ev === 'checkpoint.end' && loopOf(x) === loopOf(ev[i]));
      keep[i] = false;
      for (let j = i + 1; j < end; j++) if (keep[j]) { keep[i] = true; break; }
    }
    // A phase is entered as a step when something happens in it.
    let turn = false;
    for (let i = 0; i < ev.length; i++) {
      const e = ev[i];
      if (e.ev === 'phase.enter') {
        const end = this.next(i, (x) => loopOf(x) === loopOf(e) && (x.ev === 'phase.leave' || x.ev === 'phase.enter'));
        for (let j = i + 1; j <= end; j++) if (keep[j]) { keep[i] = true; break; }
      }
    }
    this.turns = new Map(); // index → the phases folded into that "loop turns" step
    let folded = [];
    for (let i = 0; i < ev.length; i++) {
      // A run of empty phases is one loop's: another loop's turn ends it.
      if (turn && folded.length && this.handover.has(i)) { this.turns.set(i - 1, folded); out.push(i - 1); turn = false; folded = []; }
      if (keep[i]) {
        if (turn && folded.length) { this.turns.set(i - 1, folded); out.push(i - 1); }
        turn = false; folded = [];
        out.push(i);
        continue;
      }
      if (ev[i].ev === 'phase.enter' || ev[i].ev === 'iteration' || ev[i].ev === 'clock') { turn = true; folded.push(ev[i]); }
    }
    if (turn && folded.length) { this.turns.set(ev.length - 1, folded); out.push(ev.length - 1); }
    // In order already but for a rare repeat: sorting 100k steps was a tenth of a big run's wait.
    let sorted = true;
    for (let k = 1; k < out.length && sorted; k++) sorted = out[k] > out[k - 1];
    return (this.cache[mode] = sorted ? out : [...new Set(out)].sort((a, b) => a - b));
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
    case 'checkpoint.start': return true; // unless nothing in it is a step (steps)
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
    // The page's Stop (or its time budget) is no output of the program's:
    // the status says why the run ended, the step's sentence where.
    if (e.ev === 'error' && e.stopped) return;
    const fd = e.ev === 'error' ? 2 : e.fd || 1;
    let text = (e.ev === 'error' && e.report) || e.text || e.label || '';
    if (e.ev === 'error') text = clean(text);
    if (e.ev === 'error' && !text.endsWith('\n')) text += '\n';
    // The usual write, one whole line (console.log), without a split.
    if (!open && text.indexOf('\n') === text.length - 1) { lines.push({ fd, text: text.slice(0, -1), error: e.ev === 'error', i, loop: loopOf(e) }); return; }
    const parts = text.split('\n');
    const ends = parts.pop() === '';
    if (!ends) parts.push(text.slice(text.lastIndexOf('\n') + 1));
    parts.forEach((p, k) => {
      if (k === 0 && open && lines.length) { lines[lines.length - 1].text += p; lines[lines.length - 1].i = i; return; }
      lines.push({ fd, text: p, error: e.ev === 'error', i, loop: loopOf(e) });
    });
    open = !ends;
  });
  return lines;
}

// userLine(e, file, outer): the line of the program an event's stack names:
// its innermost frame in the program's file (outer: the outermost one).
function userLine(e, file, outer = false) {
  const st = e.stack || [];
  let line = 0;
  for (const f of st) {
    const m = /(\S+):(\d+)$/.exec(f);
    if (m && m[1].replace(/^.*\//, '') === file) { line = Number(m[2]); if (!outer) return line; }
  }
  return line;
}

// errorLine: the program line an uncaught error names — the first frame
// of its report in the program's file (a SyntaxError's "file:line"
// header), since the trace's error event carries no stack of its own.
function errorLine(e, file) {
  for (const l of String(e.report || '').split('\n')) {
    const m = /([^\s():]+):(\d+)(?::\d+)?\)?\s*$/.exec(l);
    if (m && m[1].replace(/^.*\//, '') === file) return Number(m[2]);
  }
  return 0;
}

// items: for every queued item, where it was created — the event, the
// callback running then (parent), the program's line — whether the
// program's code ran in its callback (user) and how many items it queued.
function items(events, file) {
  const m = new Map();
  const get = (id) => m.get(id) || (m.set(id, { id, i: -1, parent: null, line: 0, user: false, kids: 0, q: '', label: '' }), m.get(id));
  const runs = new Map(); // loop → the ids of the callbacks running on it
  events.forEach((e, i) => {
    const run = runs.get(loopOf(e)) || (runs.set(loopOf(e), []), runs.get(loopOf(e)));
    if (e.ev === 'callback.start') { const it = get(e.id); it.q = e.q; if (!it.label) it.label = e.label || ''; run.push(e.id); return; }
    if (e.ev === 'callback.end') { const k = run.lastIndexOf(e.id); if (k >= 0) run.splice(k); else run.pop(); return; }
    const top = run.length ? run[run.length - 1] : null;
    if ((e.ev === 'enqueue' || e.ev === 'register') && e.id != null) {
      const it = get(e.id);
      if (it.i < 0) { it.i = i; it.parent = top; it.line = userLine(e, file); it.q = e.q; it.label = e.label || ''; if (top != null && top !== e.id) get(top).kids++; }
    }
    if (top != null && e.stack && userLine(e, file)) get(top).user = true;
  });
  return m;
}

// library finds node's own work inside a call the program made: a callback
// in which none of the program's code ran but which queued more work
// (readFile's open → fstat → read → close on the thread pool, its
// readFileAfterOpen nextTick, a stream's internals). Each such item gets a
// role: 'internal' (folded at teaching granularity; the first one, queued
// by the program's call, is the chain's root and its step stays) or
// 'deliver' (the program's callback, queued by node's last internal step).
// It returns the indices of the folded events.
function library(events, trace) {
  const its = trace.items;
  const internal = (it) => it && it.q !== 'main' && it.q !== 'event' && it.q !== 'timers' && !it.user && it.kids > 0;
  for (const it of its.values()) if (internal(it)) it.role = 'internal';
  for (const it of its.values()) {
    const p = it.parent != null && its.get(it.parent);
    if (!it.role && p && p.role === 'internal') it.role = 'deliver';
  }
  const rootOf = (it) => { while (it.parent != null && its.get(it.parent)?.role === 'internal') it = its.get(it.parent); return it; };
  const chains = new Map(); // root id → {root, api, line, ops: [pool work names], steps}
  for (const it of its.values()) {
    if (!it.role) continue;
    const root = rootOf(it.role === 'deliver' ? its.get(it.parent) : it);
    let c = chains.get(root.id);
    if (!c) chains.set(root.id, (c = { root: root.id, line: root.line, ops: [], steps: 0, api: '' }));
    it.chain = c;
    if (it.role === 'internal') c.steps++;
    if (it.role === 'deliver' && it.q === 'promise') c.promise = true; // fetch: the call settles a promise, no callback of the program's
    const op = it.q === 'pool' || it.q === 'io' ? /^fs\.(\w+)/.exec(it.label)?.[1] : null;
    if (op && !c.ops.includes(op)) c.ops.push(op);
  }
  for (const c of chains.values()) c.api = apiAt(trace, c);
  const folded = new Set();
  events.forEach((e, i) => {
    const it = e.id != null && its.get(e.id);
    if (!it || !it.role) return;
    if (it.role === 'internal' && !(it.id === it.chain.root && i === it.i)) folded.add(i);
    if (it.role === 'deliver' && (e.ev === 'enqueue' || e.ev === 'dequeue')) folded.add(i);
  });
  return folded;
}

// apiAt names the call that started a library chain: the call written on
// its line of the program (fs.readFile), else what its steps suggest.
function apiAt(trace, c) {
  const text = trace.source[c.line - 1] || '';
  const calls = [...text.matchAll(/([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\s*\(/g)].map((m) => m[1]).filter((x) => !/^console\./.test(x));
  if (calls.length) return calls[0];
  const root = trace.items.get(c.root);
  const fn = /^nextTick (\w+)/.exec(root.label)?.[1] || '';
  if (/^readFile/.test(fn) || (c.ops.includes('read') && c.ops.includes('fstat'))) return 'fs.readFile';
  if (/^writeFile/.test(fn) || c.ops.includes('write')) return 'fs.writeFile';
  // A call of a global (fetch): the first on the line that is no keyword and no function of the program's.
  const bare = [...text.matchAll(/(?<![\w$.]|function\s)([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1])
    .find((x) => !/^(?:if|for|while|switch|catch|function|return|await|async|typeof|void|new|super|require|console)$/.test(x) && !new RegExp(`function\\s+${x}\\b|\\b${x}\\s*=`).test(trace.source.join('\n')));
  if (bare) return bare;
  return 'node’s own code';
}

// runningLines: for each event, the line of the program it runs (0: none).
// A callback starts at the outermost of its first frames in the program
// (the callback's own line, not a function it calls), else the line that
// created it; inside it, each event's innermost frame, or the line before;
// it returns on the last line it ran.
function runningLines(events, trace) {
  const file = trace.file;
  const at = new Int32Array(events.length);
  const stacks = new Map(); // loop → its running callbacks
  events.forEach((e, i) => {
    const frames = stacks.get(loopOf(e)) || (stacks.set(loopOf(e), []), stacks.get(loopOf(e)));
    if (e.ev === 'callback.start') { frames.push({ i, id: e.id, line: 0, last: 0 }); return; }
    const top = frames[frames.length - 1];
    if (e.ev === 'callback.end') {
      const k = frames.map((f) => f.id).lastIndexOf(e.id);
      const f = k >= 0 ? frames[k] : top;
      if (k >= 0) frames.splice(k); else frames.pop();
      if (!f) return;
      const it = trace.items.get(f.id);
      const line = f.line || (it && (it.chain ? it.chain.line : it.line)) || 0;
      at[f.i] = line;
      for (let j = f.i + 1; j < i; j++) if (!at[j] && events[j].ev !== 'enqueue' && events[j].ev !== 'register') at[j] = line;
      at[i] = f.last || line;
      return;
    }
    const line = e.ev === 'dequeue' ? 0 : e.ev === 'error' ? userLine(e, file) || errorLine(e, file) : userLine(e, file);
    if (top && line && !top.line) top.line = userLine(e, file, true) || line;
    if (top && line) top.last = line;
    at[i] = line || (top && e.ev !== 'enqueue' && e.ev !== 'register' ? top.last : 0);
  });
  return at;
}

// messages: each message between loops (trace.md's `send` and the
// callback.start with the same `msg`): n, the sending loop and event, the
// program line that sent it, the receiving loop and the event its delivery
// starts at (-1 / Infinity while it is never delivered), and its end.
function messages(events, file) {
  const m = new Map();
  const get = (n) => m.get(n) || (m.set(n, { n, kind: 'message', send: -1, from: 0, line: 0, recv: Infinity, to: null, end: Infinity }), m.get(n));
  events.forEach((e, i) => {
    if (e.msg == null) return;
    const x = get(e.msg);
    if (e.ev === 'send' && x.send < 0) { x.send = i; x.from = loopOf(e); x.line = userLine(e, file); x.kind = e.label === 'postMessage' ? 'message' : 'data'; }
    else if (e.ev === 'callback.start' && x.recv === Infinity) { x.recv = i; x.to = loopOf(e); x.id = e.id; }
  });
  for (const x of m.values()) {
    if (x.recv === Infinity) continue;
    // The callback's end names the message too (the trace puts msg on its start only).
    for (let j = x.recv + 1; j < events.length; j++) if (events[j].ev === 'callback.end' && events[j].id === x.id) { x.end = j; events[j].msg = x.n; break; }
  }
  return m;
}

// promiseReady: for each promise reaction, the event from which it is
// known to be queued. The trace reports a reaction's registration and its
// run, not the moment its promise settles; the reaction is queued by the
// microtask checkpoint in which it runs (or at registration, if that is
// inside that checkpoint). Before, the page says it waits for its promise.
function promiseReady(events, trace) {
  const ready = new Map();
  const reg = new Map();
  const cps = new Map(); // loop → its latest checkpoint.start
  events.forEach((e, i) => {
    if (e.ev === 'checkpoint.start') cps.set(loopOf(e), i);
    const cp = cps.get(loopOf(e)) ?? -1;
    if (e.ev === 'checkpoint.start') return;
    else if (e.ev === 'register' && e.id != null) reg.set(e.id, i);
    else if (e.ev === 'callback.start' && e.q === 'promise' && reg.has(e.id) && !ready.has(e.id)) {
      const r = reg.get(e.id);
      const it = trace.items.get(e.id);
      // Promise.resolve(…).then(f) on its line: settled when f is registered.
      const settled = it && /Promise\.(?:resolve|reject)\([^()]*\)\s*\.(?:then|catch|finally)\s*\(/.test(trace.source[it.line - 1] || '');
      const at = settled || cp < r ? r : cp;
      ready.set(e.id, at);
      if (it) { it.ranAt = i; it.readyAt = at; it.settledIn = cp > r ? settler(events, r, cp, loopOf(e)) : null; }
    }
  });
  return ready;
}

// settler: the last callback run at the loop's level (not a microtask)
// between events r and cp, where a waiting reaction's promise settled.
function settler(events, r, cp, loop = 0) {
  let depth = 0;
  for (let j = cp - 1; j > r; j--) {
    const e = events[j];
    if (loopOf(e) !== loop) continue;
    if (e.ev === 'callback.end') depth++;
    else if (e.ev === 'callback.start') { depth--; if (depth < 0) depth = 0; if (depth === 0 && e.q !== 'nextTick' && e.q !== 'promise') return j; }
  }
  return null;
}

const ms = (ns) => (ns / 1e6).toFixed(3).replace(/\.?0+$/, '') + ' ms';
const QN = { nextTick: 'the nextTick queue', promise: 'the promise (microtask) queue', timers: 'the timer queue', pending: 'the pending-callbacks queue', io: 'the I/O (poll) queue', pool: 'the thread pool', check: 'the check (setImmediate) queue', close: 'the close-callbacks queue', event: 'the event queue', main: 'the main script' };
const PN = { timers: 'timers', pending: 'pending callbacks', idle: 'idle', prepare: 'prepare', poll: 'poll (I/O)', check: 'check (setImmediate)', close: 'close callbacks', exit: 'exit' };

// name(label, trace, e) says what a queued item is in words: "the
// setTimeout callback from line 2", "the .then callback from line 6", "the
// main script", "the fs.readFile callback from line 3".
export function name(label, trace, e) {
  const it = trace && e && e.id != null && trace.items ? trace.items.get(e.id) : null;
  // A chain no line of the program started (a worker's or a child's
  // handles closing) is named by what it is, below.
  if (it && it.role === 'deliver' && it.chain.line) return it.q === 'promise' ? `node’s promise job for your ${it.chain.api} (line ${it.chain.line})` : `the ${it.chain.api} callback from line ${it.chain.line}`;
  if (it && it.role === 'internal' && it.chain.line) {
    const op = /^fs\.(\w+)/.exec(it.label)?.[1];
    return `node’s ${op ? op + ' step' : 'own step'} for your ${it.chain.api} (line ${it.chain.line})`;
  }
  const l = label || '';
  let m;
  if (e && e.msg != null && (m = /^(message|data) (from .*)$/.exec(l))) return `${m[1]} ${e.msg} ${m[2]}`;
  if (l === 'MessagePort message') return e && e.msg != null ? `message ${e.msg}` : 'a port’s message';
  if (l === 'pipe' && e && e.msg != null) return `the pipe’s read of data ${e.msg}`;
  if (/^WORKER (online|exit|error)$/.test(l)) return `the worker’s '${l.slice(7)}' event`;
  if (l === 'worker stdio') return 'a worker’s output';
  if ((m = OWN.find(([re]) => re.test(l)))) return m[1];
  if ((m = /^load ES module (\S+)$/.exec(l))) return `node’s loading of your ES module ${m[1]}`;
  // A job registered by no line of the program ('promise reaction': the ES
  // module loader's promise jobs; older traces named a Go function or a
  // frame with no file): node's own.
  if (/^promise reaction$|^github\.com\/|\(\*\w+\)|^[\w.$]+ at :\d+$/.test(l)) return e && e.q === 'promise' ? `a promise job of node’s own${esm(trace) ? ' (the ES module loader)' : ''}` : 'a callback of node’s own';
  m = /^(setTimeout|setInterval|setImmediate|nextTick) (\S+)(?: at (\S+):(\d+))?$/.exec(l);
  // A nextTick callback whose function the program does not have is node's
  // own (child_process's onSpawnNT, flushStdio): said so, with the line
  // of the program's call that queued it.
  if (m && m[1] === 'nextTick' && /^\w+$/.test(m[2]) && m[2] !== '(anonymous)' && trace && trace.source && !trace.source.some((x) => x.includes(m[2]))) {
    return `node’s own nextTick callback (${m[2]}${m[4] ? `, queued by your call on line ${m[4]}` : ''})`;
  }
  if (m && m[1] === 'nextTick' && m[2] === '(anonymous)' && !m[4]) return 'node’s own nextTick callback';
  if (m) {
    const api = m[1] === 'nextTick' ? 'process.nextTick' : m[1];
    const fn = m[2] !== '(anonymous)' ? ` ${m[2]}` : '';
    return `the ${api} callback${fn}${m[4] ? ` from line ${m[4]}` : ''}`;
  }
  // A reaction or an await in node's own JavaScript (node:fs_promises) is
  // no line of the program: said as node's own, without its line.
  if ((m = /^(?:(?:then|catch|finally) at|await in \S+ at) node:(\S+):\d+$/.exec(l))) return `a promise job of node’s own (inside ${m[1].replace(/_/g, '/')})`;
  if (l === 'promise reaction' || l === 'then in lowered async iteration') return 'a promise job of node’s own';
  if ((m = /^(then|catch|finally) at (\S+):(\d+)$/.exec(l))) return `the .${m[1]} callback from line ${m[3]}`;
  if ((m = /^await in (\S+) at (\S+):(\d+)$/.exec(l))) return `the rest of ${m[1] === '<anonymous>' ? 'the code' : m[1]} after its await (line ${m[3]})`;
  if ((m = /^main script/.exec(l))) return e && e.loop >= 1001 ? 'the child’s script' : e && typeof e.id === 'string' ? 'the worker’s script' : 'the main script';
  if ((m = /^process '(\w+)'$/.exec(l))) return `process's '${m[1]}' event`;
  const from = it && it.line ? ` from line ${it.line}` : '';
  if ((m = /^(fs\.\w+|dns\.\w+|crypto\.\w+|zlib\.\w+)\b/.exec(l))) {
    // The call written on the line names it (fs.readFile whose open failed reports as fs.open).
    const call = it && it.line && trace && trace.source ? /\b(fs\.\w+)\s*\(/.exec(trace.source[it.line - 1] || '')?.[1] : null;
    return `the ${/^fs\./.test(m[1]) && call ? call : m[1]} callback${from}`;
  }
  return l ? `“${l}”${from}` : `a callback${from}`;
}

// esm: whether the run's main file is an ES module (node loads it after
// the main script's turn: its code runs in the loop's poll phase).
const ESM = new WeakMap();
function esm(trace) {
  if (!trace || !trace.events) return false;
  if (!ESM.has(trace)) ESM.set(trace, trace.events.some((e) => e.ev === 'enqueue' && /^load ES module /.test(e.label || '') && !e.loop));
  return ESM.get(trace);
}

// OWN: node's own handles, by the names the trace gives them (node's
// internal class names, which a reader has never met), in plain words.
const OWN = [
  [/^MESSAGEPORT\b/, 'the message port’s close callback (node’s own)'],
  [/^WORKER$/, 'the worker handle’s close callback (node’s own)'],
  [/^PROCESSWRAP exit$/, 'node’s own exit handler for the child process (it emits the child’s \'exit\' event)'],
  [/^PROCESSWRAP$/, 'the child process handle’s close callback (node’s own)'],
  [/^PIPEWRAP ipc$/, 'the IPC channel’s close callback (node’s own)'],
  [/^PIPEWRAP$/, 'the pipe’s close callback (node’s own)'],
  [/^pipe write$/, 'node’s own callback for a finished write to the pipe'],
  [/^pipe$/, 'node’s own read of the pipe'],
  [/^[A-Z]{4,}(?: \w+)?$/, 'a close callback of node’s own'],
];

// short(label, trace, e): the name of an item in the loop diagram, where
// room is scarce: "setTimeout · line 1", ".then · line 3", "fs.readFile · line 3".
export function short(label, trace, e) {
  if (e && e.msg != null && /^(message|data) from /.test(label || '')) return `✉ ${e.msg} ${label.replace(/^\w+ /, '').replace(/ thread$/, '')}`;
  if (e && e.msg != null && label === 'pipe') return `pipe read · data ${e.msg}`;
  if (e && e.msg != null && label === 'MessagePort message') return `✉ message ${e.msg}`;
  const n = name(label, trace, e);
  let m;
  if ((m = /^the rest of (\S+) after its await \(line (\d+)\)$/.exec(n))) return `${m[1]} after await · line ${m[2]}`;
  if ((m = /^node’s (\w+) step for your (\S+) \(line \d+\)$/.exec(n))) return `${m[2]} · ${m[1] === 'own' ? 'inside node' : m[1]}`;
  return n.replace(/^the /, '').replace(/ callback\b/, '').replace(/ from line (\d+)$/, ' · line $1').replace(/^process\.nextTick\b/, 'nextTick').replace(/^(\S+) \1\b/, '$1');
}

// WHY maps a step to the section of docs/loop.md on the rule that decides it;
// a step between loops links to docs/processes.md (a path, not an anchor).
const WORKERS = 'processes.html#a-worker-thread-require-39-worker-threads-39'; // the site's slug of its heading
const TURNS = 'processes.html#workers-on-the-virtual-clock-in-the-wasm-engine-and-the-page';
const CHILDREN = 'processes.html#simulated-child-processes-the-page-io-sim';
const WHY = {
  main: 'main-script', timers: 'timers', pending: 'pending-callbacks', idle: 'idle-and-prepare', prepare: 'idle-and-prepare',
  poll: 'poll', check: 'check', close: 'close-callbacks', nextTick: 'microtasks', promise: 'microtasks', pool: 'the-thread-pool', io: 'poll', event: 'beforeexit',
};
// beforeFirst: whether event i is in libuv's timers pass before iteration 1.
const beforeFirst = (trace, i) => {
  if (!trace) return false;
  const l = loopOf(trace.events[i]), first = trace.firstIterations ? trace.firstIterations.get(l) ?? -1 : trace.firstIteration;
  return first > i && trace.events.slice(0, i + 1).some((x) => loopOf(x) === l && x.ev === 'phase.enter' && x.phase === 'timers');
};
export function why(e, trace, i, teach = false) {
  if (!e) return null;
  const folded = teach && trace && trace.turns && trace.turns.get(i);
  if (folded) return folded.some((x) => x.ev === 'iteration' && x.n === 1) ? 'the-first-iteration' : folded.some((x) => x.ev === 'phase.enter') ? 'one-turn-of-the-loop' : 'poll';
  if ((e.ev === 'send' || e.msg != null) && /^pipe/.test(e.label || '')) return CHILDREN;
  if (e.ev === 'send' || (e.ev === 'callback.start' && e.msg != null) || /^(?:MessagePort|WORKER) /.test(e.label || '')) return WORKERS;
  if (trace && trace.multi && handedOver(trace, i, teach)) return TURNS;
  const it = trace && e.id != null && trace.items ? trace.items.get(e.id) : null;
  if (it && it.chain) return it.chain.ops.length ? 'the-thread-pool' : 'microtasks';
  switch (e.ev) {
    case 'checkpoint.start': case 'checkpoint.end': case 'register': return 'microtasks';
    case 'iteration': return 'the-first-iteration';
    case 'clock': case 'poll.timeout': return 'poll';
    case 'pool.done': return 'the-thread-pool';
    case 'loop.end': case 'note': return 'when-the-loop-ends';
    case 'script.start': case 'script.end': return 'main-script';
    case 'error': return bound(e) ? 'bounds' : null;
    case 'phase.enter': case 'phase.leave': return e.phase === 'timers' && beforeFirst(trace, i) ? 'the-first-iteration' : WHY[e.phase] || null;
    case 'console': return null;
  }
  return (e.q && WHY[e.q]) || (e.phase && WHY[e.phase]) || null;
}

// fatal(trace, l): the index of the error that ends loop l — an uncaught
// exception, or the page's bound or Stop — or -1. The trace goes on after
// it (node's 'exit' event, the script's return, the loop's end), and those
// steps say that the error ends the process: the loop does not take over,
// what still waits in the queues never runs. An error a handler caught
// ('uncaughtException') leaves the loop to end with code 0: not fatal.
const FATAL = new WeakMap();
const BOUND = /promise jobs|never emptied|callbacks \(the bound|script stopped|node would (?:hang|wait forever|go on)/;
const bound = (e) => !!e.stopped || BOUND.test(e.text || '');
function fatal(trace, l) {
  if (!trace || !trace.events) return -1;
  let m = FATAL.get(trace);
  if (!m) {
    m = new Map();
    const ends = new Map();
    for (const e of trace.events) if (e.ev === 'loop.end') ends.set(loopOf(e), e.n ?? 0);
    trace.events.forEach((e, k) => { if (e.ev === 'error' && !m.has(loopOf(e)) && (ends.get(loopOf(e)) ?? 1) !== 0) m.set(loopOf(e), k); });
    FATAL.set(trace, m);
  }
  return m.get(l) ?? -1;
}
// afterFatal: the fatal error of event i's loop when it came before i.
// unparsed: the fatal error of i's loop is a SyntaxError that came before
// anything of the script ran (node compiles a file before running it), so
// nothing was scheduled and nothing was left waiting.
function unparsed(trace, i) {
  const k = trace && trace.events && trace.events[i] ? fatal(trace, loopOf(trace.events[i])) : -1;
  if (k < 0 || !/^SyntaxError\b/.test(trace.events[k].text || '')) return false;
  for (let j = 0; j < k; j++) {
    const x = trace.events[j];
    if (loopOf(x) !== loopOf(trace.events[k])) continue;
    if (!['loop.start', 'phase.enter', 'script.start', 'callback.start'].includes(x.ev)) return false;
  }
  return true;
}

function afterFatal(trace, i) {
  const k = trace && trace.events && trace.events[i] ? fatal(trace, loopOf(trace.events[i])) : -1;
  return k >= 0 && k < i ? trace.events[k] : null;
}

const VERB = { open: 'opens the file', fstat: 'reads its size', read: 'reads it', close: 'closes it', write: 'writes', stat: 'reads its metadata', lstat: 'reads its metadata', readdir: 'lists the folder', mkdir: 'makes the folder', unlink: 'deletes the file', rename: 'renames it' };
const list = (xs) => xs.length < 2 ? xs.join('') : xs.slice(0, -1).join(', ') + ' and ' + xs[xs.length - 1];
const quote = (t) => `“${String(t).replace(/\n$/, '')}”`;

// explain(e, trace, i, teach): one sentence for one step, in plain words
// (teach: the step may stand for a run of empty phases, "the loop turns").
export function explain(e, trace, i, teach = false) {
  if (!e || !trace || !trace.multi) return explainOne(e, trace, i, teach);
  // Several loops: say whose step it is, and when another loop just got the turn, why.
  const who = loopName(loopOf(e));
  let pre = '';
  if (handedOver(trace, i, teach)) {
    const k = trace.prevStep(i, teach), was = k >= 0 ? loopName(loopOf(trace.events[k])) : null;
    pre = was && was !== who ? `${cap(was)} waits, so ${who} takes the turn (one loop runs at a time). ` : '';
  }
  return `${pre}${cap(who)}: ${explainOne(e, trace, i, teach)}`;
}

// handedOver: whether another loop than the one of the step before ran
// between that step and step i.
function handedOver(trace, i, teach) {
  const k = trace.prevStep(i, teach);
  for (let j = Math.max(k + 1, 1); j <= i; j++) if (trace.handover.has(j)) return true;
  return false;
}

function explainOne(e, trace, i, teach = false) {
  if (!e && trace && trace.events && trace.events.length) {
    const n = trace.steps(teach ? 'teach' : 'all').length;
    return `Before the first step: the run is ready, ${n} step${n === 1 ? '' : 's'}. Step forward (▶, Space or →) to see the first; Play walks through them all.`;
  }
  if (!e) return 'Press Run, then Step to walk through the loop one step at a time.';
  const folded = teach && trace && trace.turns && trace.turns.get(i);
  if (folded) {
    const its = folded.filter((x) => x.ev === 'iteration').map((x) => x.n);
    const clock = folded.filter((x) => x.ev === 'clock').reduce((a, x) => a + (x.n || 0), 0);
    const k1 = folded.findIndex((x) => x.ev === 'iteration' && x.n === 1);
    const pre = k1 > 0 && folded.slice(0, k1).some((x) => x.ev === 'phase.enter' && x.phase === 'timers');
    const phases = [...new Set(folded.slice(pre ? k1 : 0).filter((x) => x.ev === 'phase.enter' && x.phase !== 'exit').map((x) => PN[x.phase] || x.phase))];
    const iter = its.length > 1 ? ` (iterations ${its[0]}–${its[its.length - 1]})` : its.length ? ` (iteration ${its[0]})` : '';
    const wait = clock ? ` Nothing is ready, so the virtual clock jumps ahead ${ms(clock)}${phases.includes('poll (I/O)') ? ' while poll waits' : ''}.` : '';
    const first = pre ? 'Before its first iteration, node 20’s libuv runs the timers once; none is due yet. ' : '';
    if (!phases.length && !its.length && folded.some((x) => x.ev === 'phase.enter' && x.phase === 'exit')) {
      const f = afterFatal(trace, i);
      if (f && bound(f)) return 'The run was stopped: node’s process \'exit\' event is emitted (its listeners, if any, run now) and the process ends.';
      if (f) return 'Because of the uncaught error, the loop does not go on: node emits the process’s \'exit\' event (its listeners, if any, run now) and ends the process.';
      return 'Nothing is left to run, so the loop stops: node emits the process’s \'exit\' event (its listeners, if any, run now) before the process ends.';
    }
    if (!phases.length && !its.length) return (first + wait).trim() || 'The loop goes on.';
    if (afterFatal(trace, i)) return `After the uncaught error the trace passes ${phases.join(', ')} without running anything there: nothing runs any more (node itself exits at once).`;
    // One new iteration in the middle of the turn: the phases before it end
    // the iteration before, so say where the new one begins (check and close
    // callbacks are not iteration 2's).
    const kn = its.length === 1 ? folded.findIndex((x) => x.ev === 'iteration') : -1;
    if (kn > 0 && !pre) {
      const names = (xs) => [...new Set(xs.filter((x) => x.ev === 'phase.enter' && x.phase !== 'exit').map((x) => PN[x.phase] || x.phase))];
      const before = names(folded.slice(0, kn)), after = names(folded.slice(kn));
      if (before.length && after.length) return `The loop turns: ${before.join(', ')}; then iteration ${its[0]} begins: ${after.join(', ')} — nothing to run there.${wait}`;
    }
    return `${first}The loop turns${iter}: ${phases.join(', ')} — nothing to run there.${wait}`;
  }
  const it = trace && e.id != null && trace.items ? trace.items.get(e.id) : null;
  const L = name(trace ? trace.label(e) : e.label, trace, e);
  const Lc = L.charAt(0).toUpperCase() + L.slice(1);
  const c = it && it.chain;
  switch (e.ev) {
    case 'loop.start': return e.loop ? `Its loop starts, on the same ${e.label || ''} clock as the main thread’s: a loop of its own, with its own phases, timers and microtask queues.` : `The run begins on the ${e.label || ''} clock.`;
    case 'send': {
      const x = trace && trace.messages && trace.messages.get(e.msg);
      const at = x && x.line ? ` on line ${x.line}` : '';
      if (x && x.kind === 'data') {
        if (x.to == null) return `A write to a pipe${at} (data ${e.msg}) that the other side never reads.`;
        return `A write to the pipe${at} sends data ${e.msg} to ${loopName(x.to)}: the bytes wait in the pipe and ${loopName(x.to)}’s loop is woken; it reads them in its poll phase when it gets its turn.`;
      }
      if (!x || x.to == null) return `postMessage${at} sends message ${e.msg}: it is copied (structured clone), but never delivered — the port closed or its loop ended first.`;
      if (x.to === x.from) return `postMessage${at} sends message ${e.msg} to the other port of its channel, on this same loop: the value is copied (structured clone) and runs as a callback of this loop’s poll phase.`;
      return `postMessage${at} sends message ${e.msg} to ${loopName(x.to)}: the value is copied (structured clone) into the receiving port’s queue and ${loopName(x.to)}’s loop is woken; it runs the message in its poll phase when it gets its turn.`;
    }
    case 'loop.end': {
      const f = afterFatal(trace, i);
      const who = e.loop >= 1001 ? 'the child process' : e.loop ? 'the worker' : 'the process';
      if (f && /wait forever/.test(f.text || '')) return `Nothing can ever arrive for what the program waits on (no client, no input on the page’s simulated network): node would wait here forever, so the page ends ${who} (exit code ${e.n ?? 1}).`;
      if (f && unparsed(trace, i)) return `The SyntaxError ends ${who} with exit code ${e.n ?? 1}: none of the script ran, so nothing was scheduled and nothing is left waiting.`;
      if (f && bound(f)) return `The run was stopped, so ${who} ends here (exit code ${e.n ?? 1}); what still waited in its queues never runs.`;
      if (f) return `The uncaught error ends ${who} with exit code ${e.n ?? 1}: what still waited in its queues never runs.${e.loop ? (e.loop >= 1001 ? ' Its parent learns it in its poll phase.' : ' Its parent gets the worker’s \'error\' and \'exit\' events in its poll phase.') : ''}`;
      if (e.loop >= 1001) return `Nothing keeps the child’s loop alive any more: the child process exits with code ${e.n ?? 0}; its parent learns it in its poll phase.`;
      if (e.loop) return `The worker’s loop has ended (exit code ${e.n ?? 0}); its parent gets the worker’s 'exit' event in its poll phase.`;
      return `Nothing keeps the loop alive any more: the process exits with code ${e.n ?? 0}.`;
    }
    case 'script.start': return e.loop ? 'It runs its script from top to bottom before its event loop starts.' : 'Node runs the main script from top to bottom before the event loop starts.';
    case 'script.end':
      if (afterFatal(trace, i) && unparsed(trace, i)) return `${e.loop ? 'Its' : 'The main'} script could not be parsed, so none of it ran and the event loop does not start.`;
      if (afterFatal(trace, i)) return `${e.loop ? 'Its' : 'The main'} script ended with an uncaught error, so the event loop does not start: nothing it scheduled runs.`;
      if (!e.loop && esm(trace)) return 'Node’s start-up code has finished; your ES module has not run yet: the event loop takes over and runs it once the module is loaded.';
      return e.loop ? 'Its script has finished; now its event loop takes over.' : 'The main script has finished; now the event loop takes over.';
    case 'iteration':
      return trace && (trace.firstIterations ? trace.firstIterations.get(loopOf(e)) === i : trace.firstIteration === i)
        ? 'Iteration 1 of the event loop begins. Just before it, the timers phase ran once: node 20’s libuv runs the timers already due once before its first iteration.'
        : `Iteration ${e.n} of the event loop begins.`;
    case 'phase.enter':
      if (e.phase === 'main') return e.loop ? 'It runs its script, top to bottom, before its loop starts.' : 'Node runs the main script, top to bottom.';
      if (e.phase === 'timers' && beforeFirst(trace, i)) return 'Before its first iteration, the loop enters the timers phase once: node 20’s libuv runs the timers that are already due before iteration 1 begins.';
      // Not a phase of libuv's: node leaving, its process 'exit' event.
      if (e.phase === 'exit') return afterFatal(trace, i) ? 'Because of the uncaught error, node emits the process’s \'exit\' event now (its listeners, if any, run) and ends the process.' : 'The loop is done: node emits the process’s \'exit\' event (its listeners, if any, run now); then the process ends.';
      return `The loop enters the ${PN[e.phase] || e.phase} phase.`;
    case 'phase.leave': return e.phase === 'main' ? 'The main script is done; the loop starts.' : e.phase === 'exit' ? 'The process’s \'exit\' listeners have run.' : `The ${PN[e.phase] || e.phase} phase is over.`;
    case 'poll.timeout': return `Poll may wait ${e.n === -1 ? 'until I/O arrives' : (e.n ?? 0) + ' ms'}${e.why ? ': ' + e.why : ''}.`;
    case 'clock': return `No work is ready, so the virtual clock jumps ahead ${ms(e.n || 0)}.`;
    case 'enqueue':
      if (c && c.line && it.role === 'internal' && it.id === c.root) {
        const how = c.ops.length ? `node ${list(c.ops.map((o) => VERB[o] || o))} on the thread pool` : 'node works through it in steps of its own';
        return `Your ${c.api} call on line ${c.line} starts: ${how}, then it ${c.promise ? 'settles the promise it returned' : 'calls your callback'}. (${teach ? `Its ${c.steps} internal step${c.steps === 1 ? ' is' : 's are'} folded here.` : 'Node’s own steps for it follow.'})`;
      }
      if (/^load ES module /.test(e.label || '') && !e.loop) return 'Your file is an ES module (import/export, or a top-level await), so node loads it asynchronously: it reads the file and what it imports first, and the module’s code runs later, in the poll phase of the event loop — not now.';
      // The thread pool holds the work, not the callback: say what goes there.
      if (e.q === 'pool' && !(it && it.role)) {
        const op = /^((?:fs|dns|crypto|zlib)\.\w+)/.exec(trace ? trace.label(e) : e.label || '')?.[1];
        const at = it && it.line ? ` on line ${it.line}` : '';
        // readFile that fails at its open has no steps to fold: it is still the line's readFile.
        const call = it && it.line ? /\b(fs\.\w+)\s*\(/.exec(trace.source[it.line - 1] || '')?.[1] : null;
        if (op && call && call !== op) return `Your ${call} call${at} starts: its first step, ${op}, goes to the thread pool, where a worker thread does it while JavaScript goes on. The callback waits until the work is done, then runs in the poll phase.`;
        if (op) return `Your ${op} call${at} goes to the thread pool: a worker thread does the work while JavaScript goes on. Its callback waits until the work is done, then runs in the poll phase.`;
      }
      return e.q === 'timers' ? `${Lc} joins the timer queue, due at ${e.due} ms.` : `${Lc} joins ${QN[e.q] || e.q}.`;
    case 'register': {
      if (!it || it.ranAt == null) return `${Lc} is registered: it waits for its promise, but it never runs in this run: its promise never settles, or settles the way it does not handle (rejected, for a .then; fulfilled, for a .catch).`;
      if (it.readyAt === i) return `${Lc} is registered on a promise that is already settled, so it joins the promise queue at once and runs at the next microtask checkpoint.`;
      const by = it.settledIn != null && it.settledIn > i ? trace.events[it.settledIn] : null;
      if (by) return `${Lc} is registered: it waits until its promise settles — here in ${name(trace.label(by), trace, by)} — and then joins the promise queue.`;
      return `${Lc} is registered: it joins the promise queue once its promise settles — by the end of this callback — and runs at the microtask checkpoint right after.`;
    }
    case 'dequeue': return `${Lc} leaves ${QN[e.q] || e.q} to run.`;
    case 'cancel': return `${Lc} is removed from ${QN[e.q] || e.q} without running.`;
    case 'callback.start':
      if (it && it.role === 'deliver' && c.line && it.q === 'promise') return `Node’s work for your ${c.api} call on line ${c.line} goes on: ${L} runs, which settles (or moves along) the promise the call returned.`;
      if (it && it.role === 'deliver' && c.line) return `Node has finished your ${c.api} call on line ${c.line}: ${L} is pushed onto the call stack and runs.`;
      if (e.q === 'event' && trace && quiet(trace.events, i)) return `Node emits ${L} before exiting; no listener scheduled more work.`;
      if (e.msg != null && trace && trace.messages && trace.messages.get(e.msg)) {
        const x = trace.messages.get(e.msg);
        if (x.kind === 'data') return `Data ${e.msg} from ${loopName(x.from)}${x.line ? ` (written on line ${x.line})` : ''} is read from the pipe in the poll phase: the stream gets it (fork’s channel parses its JSON lines and emits 'message' in a tick).`;
        return `Message ${e.msg} from ${loopName(x.from)}${x.line ? ` (postMessage on line ${x.line})` : ''} runs in the poll phase: the port’s 'message' listener is called, then this loop’s own microtasks.`;
      }
      return `${Lc} is pushed onto the call stack and runs.`;
    case 'callback.end': if (afterFatal(trace, i) && unparsed(trace, i)) return `${Lc} never ran a line: it could not be parsed. It is popped off the call stack.`;
      return afterFatal(trace, i) ? `${Lc} stops at the error, unfinished; it is popped off the call stack.` : `${Lc} returns; it is popped off the call stack.`;
    case 'checkpoint.start': return 'Microtask checkpoint: drain the nextTick queue, then the promise queue.';
    case 'checkpoint.end': return 'Both microtask queues are empty; the loop moves on.';
    case 'pool.done': return `The thread pool has done ${L.replace(/^the (.*) callback/, (_, x) => (it && it.role ? null : /^fs\.\w+/.exec((trace ? trace.label(e) : e.label) || '')?.[0]) || x)} (worker ${e.worker}, ${ms(e.n || 0)}); its callback will run in the poll phase.`;
    case 'console': return `The program prints ${quote(e.text || '')}${e.fd === 2 ? ' to stderr' : ''}.`;
    case 'error': {
      if (e.stopped) {
        // Where the run was when it was ended; the status says why (once).
        const st = trace && !trace.multi ? trace.state(i) : null;
        const top = st && st.stack.length ? st.stack[st.stack.length - 1] : null;
        const asked = /as asked/.test(e.text || '');
        return `${asked ? 'You stopped the run here' : 'The page stopped the run here'}${top ? `, while ${name(top.label, trace, top)} was running` : ''}: this is as far as it got, and nothing after this point ran.`;
      }
      const msg = clean(e.text || e.label || '').split('\n')[0].replace(/ \{$/, ''); // node's "Error: … {" before the error's own properties
      if (bound(e) || !trace || fatal(trace, loopOf(e)) !== i) return cap(msg);
      const who = e.loop >= 1001 ? 'the child process' : e.loop ? 'the worker' : 'the process';
      if (unparsed(trace, i)) return `${msg} — this is not valid JavaScript. Node compiles the whole file before running it, so it reports the error before any line runs, prints it to stderr and ends ${who} with exit code 1.`;
      return `Uncaught ${msg} — nothing catches it, so node prints it with its stack to stderr and ends ${who} with exit code 1. The rest of this code and everything still queued never run.`;
    }
    case 'note': {
      if (e.text === 'loop finished') return 'The loop has nothing left to run: it is finished.';
      const m = /^esm: (parse|evaluate|evaluated)( \(top-level await(?: done)?\))? (\S+)$/.exec(e.text || '');
      if (m) {
        const what = /^file:/.test(m[3]) ? `your module ${m[3].replace(/^file:\/+/, '')}` : m[3];
        if (m[1] === 'parse') return `Node parses ${what}.`;
        if (m[1] === 'evaluated') return `${cap(what)} has run to its end, its top-level await included.`;
        return `Node runs ${what}${m[2] ? ' (it has a top-level await, so it runs like an async function: up to each await, then on as a promise job)' : ''}.`;
      }
      return `The loop reports: ${e.text || 'a remark'}.`;
    }
    default: return `${e.ev}${e.q ? ' ' + e.q : ''}`;
  }
}

export { ms };
