// The page's side of the engine: one worker at a time, one compiled module
// shared by every engine on the page, a time budget per run, and stop()
// that terminates the worker while keeping what the run printed and traced.

const modules = new Map(); // wasm URL → Promise<WebAssembly.Module>, shared by every engine on the page

// marks: [stage, ms since the epoch] of the page's start-up (the worker
// sends its own with each result); window.evloopMarks, for the tests that
// say where the time to the first run goes.
export const marks = [];
export const mark = (name) => marks.push([name, performance.timeOrigin + performance.now()]);
if (typeof window !== 'undefined') window.evloopMarks = marks;

// BUDGET_MS is how long a run may go on with no sign of progress (no
// output, no batch of loop steps done) before the page ends it: a
// while(true){} never returns to the loop, and only terminating the worker
// stops it. MAX_MS bounds a run that does progress (100k lines of output
// take a while in the module). The examples finish in well under a second.
export const BUDGET_MS = 10000;
export const MAX_MS = 180000;

// The bounds the page runs with: a runaway microtask or nextTick chain stops
// with the guest's own message long before its trace outgrows the tab.
export const BOUNDS = { maxCallbacks: 200000, maxTicks: 10000, maxMicrotasks: 10000 };

// MAX_EVENTS bounds the steps a run keeps for stepping through: past it
// the worker only counts the trace's events (result.traceLines), the
// output stays complete. 100k console lines trace 100,019 events and keep
// them all; 1e5 timers trace 544k, whose 64 MB the page parsed, kept
// twice and modelled for a minute of a frozen tab.
export const MAX_EVENTS = 200000;

export class Engine {
  // base: the URL the worker and evloop.wasm are resolved against.
  constructor(base) {
    // __ENGINE__: the hashed names build.mjs gave the worker and the module.
    this.workerURL = new URL(__ENGINE__.worker, base).href;
    this.wasmURL = new URL(__ENGINE__.wasm, base).href;
    // The transformer (esbuild), which the worker loads only for a snippet that needs it.
    this.transformerURL = __ENGINE__.transformer ? new URL(__ENGINE__.transformer, base).href : '';
    this.worker = null;
    this.pending = null; // {resolve, out, trace, timer} of the run in progress
  }

  // compile fetches and compiles evloop.wasm once per page (streaming when
  // the server sends application/wasm).
  compile() {
    const early = typeof window !== 'undefined' && window.evloopEarly;
    if (!modules.has(this.wasmURL) && early && early.module && new URL(early.wasm, location.href).href === this.wasmURL) {
      // The page's head began the compile (build.mjs); if it failed (a server
      // that does not say application/wasm), the usual way below.
      const p = early.module.then((m) => { mark('compiled'); return m; }, () => { modules.delete(this.wasmURL); return this.compile(); });
      modules.set(this.wasmURL, p);
      early.module = null;
    }
    if (!modules.has(this.wasmURL)) {
      const p = (async () => {
        mark('fetch.start');
        const res = await fetch(this.wasmURL);
        mark('fetch.headers');
        if (!res.ok) throw new Error(`${this.wasmURL}: HTTP ${res.status}`);
        const m = WebAssembly.compileStreaming && (res.headers.get('content-type') || '').startsWith('application/wasm')
          ? await WebAssembly.compileStreaming(res) : await WebAssembly.compile(await res.arrayBuffer());
        mark('compiled');
        return m;
      })();
      modules.set(this.wasmURL, p);
      p.catch(() => modules.delete(this.wasmURL));
    }
    return modules.get(this.wasmURL);
  }

  spawn() {
    const early = typeof window !== 'undefined' && window.evloopEarly;
    if (early && early.worker && new URL(__ENGINE__.worker, location.href).href === this.workerURL) {
      const w = early.worker; // started by the page's head (build.mjs)
      early.worker = null;
      mark('worker.spawn');
      return w;
    }
    // A blob worker that imports the real one works when widget.js comes
    // from another origin (a plain new Worker(url) must be same-origin).
    const src = `importScripts(${JSON.stringify(this.workerURL)});`;
    const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    const w = new Worker(url);
    mark('worker.spawn');
    URL.revokeObjectURL(url);
    return w;
  }

  // start begins what every run needs first: the module's fetch and
  // compile, and the worker (its script loads meanwhile).
  start() {
    this.compile().catch(() => {});
    if (!this.worker && !this.pending) this.worker = this.spawn();
  }

  // warm starts the worker and instantiates the module in it ahead of the
  // next run (the page calls it while it renders, and after each run). The
  // worker starts at once, its script loading while the module is fetched
  // and compiled. first: the page's first instance, warmed with only what
  // every program runs (evloop_warm(1)): a click on Run soon after the page
  // opens waits for it; later ones also load fs (evloop_warm(0)). ahead: a
  // config the worker runs at once, keeping the result for a run of the
  // same config (the example the page opened with; only code known to end
  // soon: nothing bounds a run made ahead but the loop's own bounds).
  async warm({ first = false, ahead = null } = {}) {
    this.start();
    const mod = await this.compile();
    if (this.pending) return;
    if (!this.worker) this.worker = this.spawn();
    this.worker.postMessage({ wasm: mod, prepare: true, warm: first ? 1 : 0, ...(ahead ? { config: ahead, transformer: this.transformerURL, maxTraceLines: MAX_EVENTS } : {}) });
  }

  // run(config) resolves with {stdout, stderr, events (the trace parsed,
  // its first MAX_EVENTS), truncated (events were left out), traceLines
  // (how many the run traced, when it ended by itself), exitCode, error,
  // ms, stopped, reason}. A run that outlives
  // budgetMs is ended as Stop ends it (stopped: true, reason: 'budget'),
  // with its output so far.
  // onOutput(fd, text) sees each write as the program makes it;
  // onOutput(0, null) says to forget them: the run starts over (the worker
  // had to load the transformer first). onStage(stage) sees 'transformer'
  // when the run waits for esm-transform.wasm (seconds, once per page:
  // the reader is told, not left with a run that seems stuck) and 'start'
  // when the program starts.
  async run(config, { budgetMs = BUDGET_MS, onOutput = null, onStage = null } = {}) {
    this.stop();
    const mod = await this.compile();
    const w = this.worker || (this.worker = this.spawn());
    return new Promise((resolve) => {
      // messages: how many output messages came (the worker batches a
      // long run's writes: tests count them); batched: the last one said
      // writes were being held.
      const run = { resolve, out: { 1: [], 2: [] }, lines: new Lines(), t0: performance.now(), messages: 0, batched: false };
      this.pending = run;
      // The budget starts when the program does, not while the module is
      // still being instantiated (slow on a loaded machine).
      const arm = () => {
        run.t0 = run.seen = performance.now();
        run.timer = setInterval(() => {
          const now = performance.now();
          if (now - run.seen > budgetMs || now - run.t0 > MAX_MS) this.stop('budget');
        }, 250);
      };
      w.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'start') { arm(); if (onStage) onStage('start'); }
        else if (m.type === 'loading') { if (onStage) onStage(m.what); }
        else if (m.type === 'restart') {
          clearInterval(run.timer);
          run.out = { 1: [], 2: [] }; run.lines = new Lines();
          if (onOutput) onOutput(0, null);
        }
        else if (m.type === 'out') {
          run.seen = performance.now(); run.messages++; run.batched = m.batched;
          run.out[m.fd === 2 ? 2 : 1].push(m.text); if (onOutput) onOutput(m.fd, m.text);
        }
        else if (m.type === 'trace') { run.seen = performance.now(); run.lines.push(m.chunk); }
        else if (m.type === 'progress') { run.seen = performance.now(); run.traceLines = m.traceLines; }
        else {
          if (m.marks) marks.push(...m.marks);
          mark('done');
          this.finish(run, { ...m, events: run.lines.end() });
        }
      };
      w.onerror = (e) => {
        this.kill();
        this.finish(run, { error: e.message || 'worker error', ...this.partial(run) });
      };
      w.postMessage({ wasm: mod, transformer: this.transformerURL, config, maxTraceLines: MAX_EVENTS });
    });
  }

  // finish resolves the run; runMs is how long the program ran (from its
  // start, instantiation left out).
  finish(run, result) {
    if (this.pending !== run) return;
    clearInterval(run.timer);
    this.pending = null;
    run.resolve({ ...result, runMs: performance.now() - run.t0, outMessages: run.messages });
  }

  partial(run) {
    const events = run.lines.end();
    return { stdout: run.out[1].join(''), stderr: run.out[2].join(''), events, truncated: events.length >= MAX_EVENTS, traceLines: run.traceLines, exitCode: null, ms: performance.now() - run.t0 };
  }

  kill() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  // stop ends a run in progress (a runaway while(true){} included); reason
  // is 'stop' (the reader) or 'budget' (the time budget ran out).
  stop(reason = 'stop') {
    const run = this.pending;
    if (!run) return false;
    this.kill();
    const now = performance.now();
    const secs = ((now - run.t0) / 1000).toFixed(1);
    const idle = ((now - (run.seen || run.t0)) / 1000).toFixed(0);
    const kept = printed(run, reason);
    const stopped = reason !== 'budget' ? `Stopped after ${secs} s, as asked. ${kept}`
      : now - run.t0 > MAX_MS ? `Stopped after ${secs} s, the page's limit for one run. ${kept}`
      : `Stopped after ${secs} s: for ${idle} s the script neither printed anything nor gave control back to the event loop (an endless loop?), so the page ended it. ${kept}`;
    this.finish(run, { stopped: true, reason, error: stopped, ...this.partial(run) });
    return true;
  }
}

// printed says what a stopped run printed before, which the console keeps.
function printed(run, reason) {
  const text = run.out[1].join('') + run.out[2].join('');
  const n = text ? text.split('\n').length - (text.endsWith('\n') ? 1 : 0) : 0;
  if (!n) return 'It printed nothing before.';
  // The worker held the writes of a long output and sent them in batches:
  // those of the last moment before it stopped returning never came.
  // Said only when the run stopped by itself going quiet (an endless loop
  // after a long output); Stop pressed mid-output loses as little, unasked.
  const tail = run.batched && reason === 'budget' ? ' Lines printed in its last few milliseconds before that may be missing.' : '';
  return `What it printed before (${n} line${n === 1 ? '' : 's'}) is kept in the console.${tail}`;
}

// Lines parses the trace's JSON lines as its chunks arrive, while the run
// goes on: a run of 100k events parsed its 10 MB at the end, a freeze of
// the page of some 0.6 s before its steps showed. A line that does not
// parse (a cut last one) is left out, as model.js's parse does.
class Lines {
  constructor() { this.dec = new TextDecoder(); this.rest = ''; this.events = []; }
  push(chunk) {
    const s = this.rest + this.dec.decode(chunk, { stream: true });
    const end = s.lastIndexOf('\n');
    if (end < 0) { this.rest = s; return; }
    this.rest = s.slice(end + 1);
    for (const line of s.slice(0, end).split('\n')) this.add(line);
  }
  add(line) {
    const t = line.trim();
    if (t) try { this.events.push(JSON.parse(t)); } catch { /* a cut line */ }
  }
  end() {
    if (!this.ended) { this.ended = true; this.add(this.rest + this.dec.decode()); this.rest = ''; }
    return this.events;
  }
}

// config is a run of source for the module (wasm/abi Config). stdin is the
// text process.stdin reads, then its end; left out when empty, so a run made
// ahead (which has none) still answers a Run without it.
export function config(source, { startupMs = 1, filename = '/main.js', stdin = '' } = {}) {
  return { filename, source, files: {}, clock: 'virtual', startupMs, ...BOUNDS, trace: true, inputType: 'auto', ...(stdin ? { stdin } : {}) };
}
