// The page's side of the engine: one worker at a time, a compiled module
// shared between runs, and stop() that terminates the worker.

const modules = new Map(); // wasm URL → Promise<WebAssembly.Module>, shared by every engine on the page

export class Engine {
  // base: the URL the worker and evloop.wasm are resolved against.
  constructor(base) {
    this.workerURL = new URL('worker.js', base).href;
    this.wasmURL = new URL('evloop.wasm', base).href;
    this.worker = null;
    this.pending = null;
    this.module = null;
  }

  async compile() {
    if (!this.module && modules.has(this.wasmURL)) this.module = modules.get(this.wasmURL);
    if (!this.module) {
      this.module = (async () => {
        const res = await fetch(this.wasmURL);
        if (!res.ok) throw new Error(`${this.wasmURL}: HTTP ${res.status}`);
        if (WebAssembly.compileStreaming && (res.headers.get('content-type') || '').startsWith('application/wasm')) {
          return WebAssembly.compileStreaming(res);
        }
        return WebAssembly.compile(await res.arrayBuffer());
      })();
      modules.set(this.wasmURL, this.module);
      this.module.catch(() => { this.module = null; modules.delete(this.wasmURL); });
    }
    return this.module;
  }

  spawn() {
    // A blob worker that imports the real one works when widget.js comes
    // from another origin (a plain new Worker(url) must be same-origin).
    const src = `importScripts(${JSON.stringify(this.workerURL)});`;
    const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    const w = new Worker(url);
    URL.revokeObjectURL(url);
    return w;
  }

  // run(config) resolves with the worker's result: {stdout, stderr, trace, exitCode, error, ms}.
  async run(config) {
    this.stop();
    const mod = await this.compile();
    const w = this.worker || (this.worker = this.spawn());
    return new Promise((resolve) => {
      this.pending = resolve;
      w.onmessage = (e) => { this.pending = null; resolve(e.data); };
      w.onerror = (e) => { this.pending = null; this.kill(); resolve({ error: e.message || 'worker error', stdout: '', stderr: '', trace: '' }); };
      w.postMessage({ wasm: mod, config });
    });
  }

  kill() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  // stop ends a run in progress (a runaway while(true){} included).
  stop() {
    if (!this.pending) return false;
    this.kill();
    const resolve = this.pending;
    this.pending = null;
    resolve({ stopped: true, error: 'Stopped: the worker running the script was terminated.', stdout: '', stderr: '', trace: '' });
    return true;
  }
}

export function config(source, { startupMs = 1, filename = '/main.js' } = {}) {
  return { filename, source, files: {}, clock: 'virtual', startupMs, maxCallbacks: 200000, maxTicks: 100000, trace: true, inputType: 'auto' };
}
