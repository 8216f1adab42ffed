// The engine's worker: runs evloop.wasm (a wasip1 reactor) off the page's
// thread, so a runaway script never freezes the page; Stop terminates it.
//
// in:  {wasm: WebAssembly.Module | url, config}  (the config of evloop_load)
// out: {type:'done', stdout, stderr, trace, exitCode, error, ms}
import { WASI, File, OpenFile, ConsoleStdout } from '@bjorn3/browser_wasi_shim';

const STDOUT = 1, STDERR = 2, TRACE = 3;
let compiled = null;

async function module(wasm) {
  if (wasm instanceof WebAssembly.Module) return wasm;
  if (compiled) return compiled;
  const res = await fetch(wasm);
  if (!res.ok) throw new Error(`evloop.wasm: HTTP ${res.status}`);
  compiled = await WebAssembly.compile(await res.arrayBuffer());
  return compiled;
}

async function run({ wasm, config, maxTraceBytes = 64 << 20 }) {
  const t0 = performance.now();
  const mod = await module(wasm);
  const wasi = new WASI(['evloop'], [], [
    new OpenFile(new File([])),
    ConsoleStdout.lineBuffered((l) => console.log(l)),
    ConsoleStdout.lineBuffered((l) => console.warn(l)),
  ]);
  // The reactor never blocks; a zero-wait poll is all the Go runtime may ask.
  wasi.wasiImport.poll_oneoff = () => 52; // ENOSYS
  const inst = await WebAssembly.instantiate(mod, { wasi_snapshot_preview1: wasi.wasiImport });
  wasi.initialize(inst);
  const x = inst.exports;
  if (x.evloop_abi_version() !== 1) throw new Error('evloop.wasm: ABI version ' + x.evloop_abi_version() + ', want 1');

  const enc = new TextEncoder();
  const cfg = enc.encode(JSON.stringify(config));
  const p = x.evloop_alloc(cfg.length);
  if (!p) throw new Error('evloop_alloc failed');
  new Uint8Array(x.memory.buffer).set(cfg, p);
  const errno = x.evloop_load(p, cfg.length);
  x.evloop_free(p);

  const CHUNK = 1 << 16;
  const buf = x.evloop_alloc(CHUNK);
  const parts = { [STDOUT]: [], [STDERR]: [], [TRACE]: [] };
  const sizes = { [STDOUT]: 0, [STDERR]: 0, [TRACE]: 0 };
  let truncated = false;
  const drain = () => {
    for (const s of [STDOUT, STDERR, TRACE]) {
      for (;;) {
        const n = x.evloop_read(s, buf, CHUNK);
        if (n <= 0) break;
        if (s === TRACE && sizes[s] > maxTraceBytes) { truncated = true; continue; }
        parts[s].push(new Uint8Array(x.memory.buffer, buf, n).slice());
        sizes[s] += n;
      }
    }
  };
  let rc = errno === 0 ? 1 : -errno;
  let error = errno === 0 ? '' : `evloop_load: errno ${errno}`;
  while (rc === 1) {
    rc = x.evloop_run(1000);
    drain();
  }
  drain();
  if (rc < 0 && !error) error = `evloop_run: errno ${-rc}`;
  const dec = (s) => new TextDecoder().decode(concat(parts[s]));
  return {
    type: 'done', stdout: dec(STDOUT), stderr: dec(STDERR), trace: dec(TRACE), truncated,
    exitCode: rc === 0 ? x.evloop_exit_code() : null, error, ms: performance.now() - t0,
  };
}

function concat(chunks) {
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}

self.onmessage = async (e) => {
  try {
    self.postMessage(await run(e.data));
  } catch (err) {
    self.postMessage({ type: 'done', stdout: '', stderr: '', trace: '', exitCode: null, error: String(err && err.stack || err) });
  }
};
