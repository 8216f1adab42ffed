// The engine's worker: runs evloop.wasm (a wasip1 reactor) off the page's
// thread, so a runaway script never freezes the page; the page ends it by
// terminating the worker (Stop, or the run's time budget).
//
// in:  {wasm: WebAssembly.Module, transformer: URL, config}  (config: evloop_load's)
//      {wasm: WebAssembly.Module, prepare: true, warm: 0|1}  (instantiate ahead of the next run;
//                                  warm: evloop_warm's argument, 1 for the page's first instance)
//      {wasm, prepare: true, config}  (run config ahead, keeping what it sends: the example the
//                                  page opened with; a run of the same config gets it at once)
// out, while the run goes on (so a terminated run keeps what it did):
//      {type:'start'}              the program is about to load (instantiation is over)
//      {type:'restart'}            forget what this run printed and traced: it starts over
//      {type:'loading', what}      the run waits for a download first ('transformer': esbuild)
//      {type:'out', fd, text}      each write to stdout (1) or stderr (2), as it happens
//      {type:'trace', chunk}       trace bytes drained after each batch of steps, up to
//                                  maxTraceLines events (the rest only counted)
//      {type:'progress', traceLines} past that bound, at most twice a second: the run goes on
// then {type:'done', stdout, stderr, exitCode, error, truncated, traceLines, ms}
//      (traceLines: how many events the run traced, those past the bound included)
import { WASI, File, OpenFile, ConsoleStdout } from '@bjorn3/browser_wasi_shim';

const STDOUT = 1, STDERR = 2, TRACE = 3;

// marks: when each start-up stage ended, in ms since the epoch (the page's
// clock and the worker's have different origins), sent with each result so
// the page can say where the time to the first run went.
const marks = [];
const mark = (name) => marks.push([name, performance.timeOrigin + performance.now()]);
mark('worker');

// echo posts one write of the guest's stdout or stderr to the page at once:
// the guest may never return to the worker (while(true){}), and what it
// printed before must not be lost.
// post sends a message to the page, or keeps it while a run made ahead
// (speculate) goes on.
let post = (m, transfer) => self.postMessage(m, transfer);

//
// A message per write cost more than the write: 100k console.log lines
// were 100k messages, a third of the worker's time and as much again on
// the page's thread that received them. So a run's first EAGER_WRITES
// writes go out one by one (a program that prints a few lines and then
// never returns, while(true){}, keeps them all), and after those the
// writes are held and go out together, at most every HOLD_MS, and
// whenever the module returns to the worker (each batch of steps, the
// end). The cost: a run that printed more than EAGER_WRITES lines and
// then never returned loses what it printed in its last HOLD_MS; its out
// messages say batched, and the page says so when it ends such a run.
const EAGER_WRITES = 1000, HOLD_MS = 20;
let out = null; // the run's writes: {writes, held: [[fd, text]], at (ms of the last post), posts}
const newOut = () => ({ writes: 0, held: [], at: -Infinity, posts: 0 });
function flushOut() {
  if (!out) return;
  for (const [fd, text] of out.held) post({ type: 'out', fd, text, batched: out.writes > EAGER_WRITES });
  out.posts += out.held.length;
  out.held = [];
  out.at = performance.now();
}
const echo = (fd) => {
  const dec = new TextDecoder();
  return new ConsoleStdout((bytes) => {
    const text = dec.decode(bytes, { stream: true });
    if (!out) { post({ type: 'out', fd, text }); return; }
    out.writes++;
    const last = out.held[out.held.length - 1];
    if (last && last[0] === fd) last[1] += text;
    else out.held.push([fd, text]);
    if (out.writes <= EAGER_WRITES || performance.now() - out.at >= HOLD_MS) flushOut();
  });
};

// traceOut receives the trace on WASI fd 3 in chunks as the module writes
// it (config.echo); it is no preopened directory, which Go's start-up asks.
class TraceOut extends ConsoleStdout {
  fd_prestat_get() { return { ret: 8 /* EBADF */, prestat: null }; }
}
let onTrace = () => {};
const traceOut = () => new TraceOut((bytes) => onTrace(bytes));

// The transformer: package esm's Transform (esbuild) as a module of its
// own (wasm/transformer), which the page's evloop.wasm (the evloopweb
// build, no esbuild inside) asks for through its esm_transform import. It
// is fetched only when a snippet needs it: ES-module syntax, syntax goja
// lacks (async generators, for await), a syntax error to place. The import
// is synchronous and loading is not, so a run that asks before the
// transformer is there throws NeedTransformer out of the module; run()
// loads it and starts the program over (nothing printed is lost: the run
// is deterministic and the page is told to forget the first attempt).
// mayNeedTransformer guesses from the source, so that most such snippets
// load it before they start.
class NeedTransformer extends Error {}
let transformer = null; // exports, once instantiated
let transformerLoading = null;
function loadTransformer(url) {
  if (!transformerLoading) {
    transformerLoading = (async () => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const mod = (res.headers.get('content-type') || '').startsWith('application/wasm')
        ? await WebAssembly.compileStreaming(res) : await WebAssembly.compile(await res.arrayBuffer());
      const wasi = new WASI(['esm-transform'], [], [new OpenFile(new File([])), new ConsoleStdout(() => {}), new ConsoleStdout(() => {}), new TraceOut(() => {})]);
      // esbuild's goroutines make the Go runtime poll (with no wait) when a
      // collection starts: nothing is ever ready, and nothing may block.
      let inst = null;
      wasi.wasiImport.poll_oneoff = (_in, _out, _n, nevents) => { new DataView(inst.exports.memory.buffer).setUint32(nevents, 0, true); return 0; };
      inst = await WebAssembly.instantiate(mod, { wasi_snapshot_preview1: wasi.wasiImport });
      wasi.initialize(inst);
      transformer = inst.exports;
    })();
    transformerLoading.catch(() => { transformerLoading = null; });
  }
  return transformerLoading;
}
const mayNeedTransformer = (src) => /\b(?:import|export)\b|\bfor\s+await\b|\basync\s*(?:function\s*)?\*|^\s*await\b/m.test(src);

// esmTransform answers the module's esm_transform import (wasm/abi, site/docs/abi.md)
// with the transformer: the request and the source copied into its memory,
// its answer copied back into out (ENOBUFS and the size needed if out is
// too small; the guest asks again with room, and gets the kept answer).
const ENOBUFS = 42;
function esmTransform(memory) {
  let kept = null; // {key, bytes}: the answer that did not fit
  return (reqPtr, reqLen, srcPtr, srcLen, outPtr, outCap, outLenPtr) => {
    if (!transformer) throw new NeedTransformer('esm_transform before the transformer is loaded');
    const mem = () => new Uint8Array(memory().buffer);
    const key = `${reqPtr}:${reqLen}:${srcPtr}:${srcLen}`;
    let bytes = kept && kept.key === key ? kept.bytes : null;
    kept = null;
    if (!bytes) {
      const t = transformer;
      const req = t.transform_alloc(Math.max(reqLen, 1)) >>> 0, src = t.transform_alloc(Math.max(srcLen, 1)) >>> 0;
      if (!req || !src) return 1; // E2BIG
      new Uint8Array(t.memory.buffer).set(mem().subarray(reqPtr, reqPtr + reqLen), req);
      new Uint8Array(t.memory.buffer).set(mem().subarray(srcPtr, srcPtr + srcLen), src);
      const n = t.transform(req, reqLen, src, srcLen);
      t.transform_free(req); t.transform_free(src);
      if (n < 0) return -n;
      const at = t.transform_result() >>> 0;
      bytes = new Uint8Array(t.memory.buffer, at, n).slice();
    }
    new DataView(memory().buffer).setUint32(outLenPtr, bytes.length, true);
    if (bytes.length > outCap) { kept = { key, bytes }; return ENOBUFS; }
    mem().set(bytes, outPtr);
    return 0;
  };
}

// instance(mod) instantiates the module and runs the Go runtime's
// initialisation; one instance serves one run.
async function instance(mod, warmUp = -1) {
  const wasi = new WASI(['evloop'], [], [new OpenFile(new File([])), echo(STDOUT), echo(STDERR), traceOut()]);
  // The reactor never blocks; a zero-wait poll is all the Go runtime may ask.
  wasi.wasiImport.poll_oneoff = () => 52; // ENOSYS
  const imports = { wasi_snapshot_preview1: wasi.wasiImport };
  let inst = null;
  if (WebAssembly.Module.imports(mod).some((i) => i.module === 'evloop')) {
    imports.evloop = { esm_transform: esmTransform(() => inst.exports.memory) };
  }
  mark('instantiate.start');
  inst = await WebAssembly.instantiate(mod, imports);
  mark('instantiate');
  wasi.initialize(inst);
  mark('go.init');
  const x = inst.exports;
  if (x.evloop_abi_version() !== 1) throw new Error('evloop.wasm: ABI version ' + x.evloop_abi_version() + ', want 1');
  if (warmUp >= 0 && x.evloop_warm) { x.evloop_warm(warmUp); mark('warm'); } // compile the runtime's libraries before the code is known
  return x;
}

let ready = null; // Promise<exports> made ahead of the next run (prepare)

async function run(msg) {
  if (msg.transformer && !transformer && mayNeedTransformer(msg.config.source || '')) {
    post({ type: 'loading', what: 'transformer' });
    await loadTransformer(msg.transformer);
  }
  for (;;) {
    try {
      return await runOnce(msg);
    } catch (err) {
      if (!(err instanceof NeedTransformer) || !msg.transformer || transformer) {
        flushOut(); // what it printed before it failed
        out = null;
        throw err;
      }
      out = null; // forgotten: the run starts over
      post({ type: 'restart' });
      post({ type: 'loading', what: 'transformer' });
      await loadTransformer(msg.transformer);
    }
  }
}

// TraceCut passes on a trace's chunks up to its first max lines (events)
// and counts the lines of the rest: an event the page cannot step through
// in a moment is not worth posting, parsing and keeping (1e5 timers traced
// 544k events, and their 64 MB froze the page for a minute).
class TraceCut {
  constructor(max, maxBytes, send) { this.max = max; this.maxBytes = maxBytes; this.send = send; this.lines = 0; this.bytes = 0; this.truncated = false; }
  push(bytes) {
    let n = 0;
    for (let k = bytes.indexOf(10); k >= 0; k = bytes.indexOf(10, k + 1)) n++;
    if (this.truncated) {
      // Past the bound: a sign of progress now and then still, or the
      // page's idle budget takes the run for a runaway and ends it.
      this.lines += n;
      const now = performance.now();
      if (!(now - this.said < 500)) { this.said = now; post({ type: 'progress', traceLines: this.lines }); }
      return;
    }
    let keep = bytes.length;
    if (this.lines + n > this.max) {
      // cut after the line that reaches the bound
      let k = -1;
      for (let left = this.max - this.lines; left > 0; left--) k = bytes.indexOf(10, k + 1);
      keep = k + 1;
      this.truncated = true;
    }
    if (this.bytes + keep > this.maxBytes) { keep = 0; this.truncated = true; }
    this.lines += n;
    this.bytes += keep;
    if (keep > 0) { const b = bytes.slice(0, keep); this.send(b); }
  }
}

async function runOnce({ wasm, config, maxTraceBytes = 64 << 20, maxTraceLines = Infinity }) {
  const t0 = performance.now();
  const x = await (ready || instance(wasm));
  ready = null;
  const tInst = performance.now() - t0;
  const enc = new TextEncoder();
  const cfg = enc.encode(JSON.stringify({ ...config, echo: true }));
  const p = x.evloop_alloc(cfg.length) >>> 0;
  if (!p) throw new Error('evloop_alloc failed');
  new Uint8Array(x.memory.buffer).set(cfg, p);
  const cut = new TraceCut(maxTraceLines, maxTraceBytes, (b) => post({ type: 'trace', chunk: b }, [b.buffer]));
  onTrace = (bytes) => cut.push(bytes);
  mark('run.start');
  post({ type: 'start' }); // the page's time budget counts from here
  out = newOut();
  const errno = x.evloop_load(p, cfg.length);
  flushOut();
  x.evloop_free(p);
  mark('load');
  const tLoad = performance.now() - t0 - tInst;

  const CHUNK = 1 << 16;
  const buf = x.evloop_alloc(CHUNK) >>> 0;
  const parts = { [STDOUT]: [], [STDERR]: [] };
  const drain = () => {
    for (const s of [STDOUT, STDERR, TRACE]) {
      for (;;) {
        const n = x.evloop_read(s, buf, CHUNK);
        if (n <= 0) break;
        const bytes = new Uint8Array(x.memory.buffer, buf, n);
        if (s !== TRACE) { parts[s].push(bytes.slice()); continue; }
        cut.push(bytes);
      }
    }
  };
  let rc = errno === 0 ? 1 : -errno;
  let error = errno === 0 ? '' : `evloop_load: errno ${errno}`;
  drain();
  while (rc === 1) {
    rc = x.evloop_run(1000);
    flushOut();
    drain();
  }
  drain();
  flushOut();
  const posts = out.posts, writes = out.writes;
  out = null;
  if (rc < 0 && !error) error = `evloop_run: errno ${-rc}`;
  mark('run');
  const dec = (s) => new TextDecoder().decode(concat(parts[s]));
  return {
    type: 'done', stdout: dec(STDOUT), stderr: dec(STDERR), truncated: cut.truncated, traceLines: cut.lines, writes, posts,
    exitCode: rc === 0 ? x.evloop_exit_code() : null, error, ms: performance.now() - t0,
    times: { instantiate: tInst, load: tLoad, run: performance.now() - t0 - tInst - tLoad }, marks: marks.splice(0),
  };
}

function concat(chunks) {
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}

// speculate runs msg.config on the instance made ahead, keeping every
// message; the page sends the example it opened with, so that a click on
// Run soon after the page opens finds the run done (the run is the same:
// the virtual clock makes it deterministic). spec.key is the config.
let spec = null; // {key, sent: Promise<[message, transfer][]>}
function speculate(msg) {
  const sent = [];
  const key = JSON.stringify(msg.config);
  const done = (async () => {
    post = (m, t) => sent.push([m, t]);
    try {
      const x = await instance(msg.wasm, -1);
      ready = Promise.resolve(x);
      post(await run({ wasm: msg.wasm, config: msg.config, transformer: msg.transformer, maxTraceLines: msg.maxTraceLines }));
    } catch (err) {
      post({ type: 'done', stdout: '', stderr: '', exitCode: null, error: String(err && err.stack || err) });
    } finally {
      post = (m, t) => self.postMessage(m, t);
    }
    return sent;
  })();
  spec = { key, sent: done };
}

self.onmessage = async (e) => {
  if (e.data.prepare && e.data.config && !mayNeedTransformer(e.data.config.source || '')) {
    speculate(e.data);
    return;
  }
  if (e.data.prepare) {
    ready = instance(e.data.wasm, e.data.warm === 1 ? 1 : 0);
    ready.catch(() => { ready = null; });
    return;
  }
  if (spec) {
    // A run made ahead: its messages if it ran this config; otherwise it
    // ends first (it shares the worker's state) and a fresh instance runs.
    const s = spec;
    spec = null;
    const sent = await s.sent;
    if (s.key === JSON.stringify(e.data.config)) {
      mark('spec.used');
      for (const [m, t] of sent) self.postMessage(m.type === 'done' ? { ...m, marks: [...(m.marks || []), ...marks.splice(0)] } : m, t);
      return;
    }
    ready = null;
  }
  try {
    self.postMessage(await run(e.data));
  } catch (err) {
    self.postMessage({ type: 'done', stdout: '', stderr: '', exitCode: null, error: String(err && err.stack || err) });
  }
};
