// runScript: evloop for JavaScript hosts. Runs one program in evloop.wasm
// (the reactor `make wasm` builds, host/wasmbin/evloop.wasm) through the
// ABI of site/docs/abi.md, on simulated I/O and the virtual clock by
// default, and resolves with its exit code and output. Under node it makes
// its own node:wasi instance; in a browser pass a WASI shim's (an object
// with wasiImport and initialize(instance), as @bjorn3/browser_wasi_shim's
// WASI has). site/docs/plugin.md shows both.
//
// The call returns only when the program ends: a guest spinning in
// while(true){} never gives control back, so a host that must stop one
// runs runScript in a worker and terminates it (plugin.md, "Stopping a
// guest"); the program's own bounds (maxTicks, maxMicrotasks,
// maxCallbacks) end runaway queues with a message on stderr.

const STDOUT = 1, STDERR = 2, CHUNK = 1 << 16;

/**
 * @param {string} source the main module's source
 * @param {object} options
 *   wasm: the module (BufferSource or WebAssembly.Module; required)
 *   wasi: a WASI instance to use (default: node:wasi's, under node)
 *   stdout, stderr: functions called with each piece of output text, as
 *     the program runs (after every 1,000 loop steps at most)
 *   files: {path: content} more files for require() and fs
 *   clock: 'virtual' (default, deterministic) or 'real'
 *   filename, argv, env, inputType, startupMs, maxTicks, maxMicrotasks,
 *   maxCallbacks: abi.Config's fields of the same names
 * @returns {Promise<{exitCode: number, stdout: string, stderr: string}>}
 */
export async function runScript(source, options = {}) {
  const { wasm, wasi: given, stdout, stderr, ...rest } = options;
  if (!wasm) throw new TypeError('runScript: options.wasm (evloop.wasm) is required');
  const mod = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
  const wasi = given ?? (await nodeWASI());
  const instance = await WebAssembly.instantiate(mod, { wasi_snapshot_preview1: wasi.wasiImport });
  wasi.initialize(instance);
  const x = instance.exports;
  if (x.evloop_abi_version() !== 1) throw new Error(`evloop.wasm: ABI version ${x.evloop_abi_version()}, want 1`);

  const config = { filename: '/main.js', ...rest, source };
  const bytes = new TextEncoder().encode(JSON.stringify(config));
  const p = x.evloop_alloc(bytes.length) >>> 0;
  if (!p) throw new RangeError('runScript: the config is too large');
  new Uint8Array(x.memory.buffer, p, bytes.length).set(bytes); // a fresh view: memory growth detaches old ones
  const errno = x.evloop_load(p, bytes.length);
  x.evloop_free(p);

  const buf = x.evloop_alloc(CHUNK) >>> 0;
  const decoders = { [STDOUT]: new TextDecoder(), [STDERR]: new TextDecoder() };
  const text = { [STDOUT]: '', [STDERR]: '' };
  const sinks = { [STDOUT]: stdout, [STDERR]: stderr };
  const drain = () => {
    for (const s of [STDOUT, STDERR]) {
      let n;
      while ((n = x.evloop_read(s, buf, CHUNK)) > 0) {
        const t = decoders[s].decode(new Uint8Array(x.memory.buffer, buf, n), { stream: true });
        text[s] += t;
        sinks[s]?.(t);
      }
    }
  };
  drain();
  if (errno !== 0) throw new Error(`evloop_load: errno ${errno}: ${text[STDERR].trim()}`);
  let rc;
  do {
    rc = x.evloop_run(1000);
    drain();
  } while (rc === 1);
  if (rc < 0) throw new Error(`evloop_run: errno ${-rc}`);
  return { exitCode: x.evloop_exit_code(), stdout: text[STDOUT], stderr: text[STDERR] };
}

// nodeWASI is node's WASI for one run (imported only when no wasi is given,
// so a browser bundle that passes its own never loads node:wasi).
async function nodeWASI() {
  const { WASI } = await import('node:wasi');
  return new WASI({ version: 'preview1', returnOnExit: true });
}
