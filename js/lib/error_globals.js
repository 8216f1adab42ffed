// error_globals: what V8 gives node's globals and goja lacks —
// Error.captureStackTrace and Error.stackTraceLimit (many npm packages call
// them), Promise.any's AggregateError message, WeakRef and
// FinalizationRegistry. Loaded once by the bootstrap.
'use strict';

// stackFrames splits a goja stack into its frame lines, without the
// header and without evloop's own entry frames.
function stackFrames(stack) {
  return String(stack).split('\n').slice(1).filter((l) => l !== '' &&
    !l.includes('github.com/evloop/') && !l.startsWith('\tat enter (<eval>'));
}

function headerOf(obj) {
  let name;
  let message;
  try { name = obj.name; message = obj.message; } catch { /* a throwing getter: V8 prints Error */ }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return name + ': ' + message;
}

if (typeof Error.captureStackTrace !== 'function') {
  Error.stackTraceLimit = 10;
  Object.defineProperty(Error, 'captureStackTrace', {
    writable: true, configurable: true, enumerable: false,
    value: function captureStackTrace(obj, constructorOpt) {
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
        throw new TypeError('Invalid argument');
      }
      let frames = stackFrames(new Error().stack).slice(1); // this function's own frame
      if (typeof constructorOpt === 'function' && constructorOpt.name) {
        const at = frames.findIndex((l) => l.startsWith('\tat ' + constructorOpt.name + ' ('));
        if (at >= 0) frames = frames.slice(at + 1);
      }
      const limit = Error.stackTraceLimit;
      if (typeof limit === 'number' && limit >= 0) frames = frames.slice(0, limit);
      const stack = headerOf(obj) + (frames.length ? '\n' + frames.join('\n') : '');
      Object.defineProperty(obj, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    },
  });
}

// Promise.any as the spec has it, so that the AggregateError carries V8's
// message (goja's has none). The steps (resolve each element through
// C.resolve, then its then) keep the job order of the built-in.
{
  const aggregate = (errors) => new AggregateError(errors, 'All promises were rejected');
  const any = {
    any(iterable) {
      const C = this;
      return new C((resolve, reject) => {
        const errors = [];
        let remaining = 1;
        let index = 0;
        for (const value of iterable) {
          const i = index++;
          errors.push(undefined);
          remaining++;
          let called = false;
          C.resolve(value).then(resolve, (err) => {
            if (called) return;
            called = true;
            errors[i] = err;
            if (--remaining === 0) reject(aggregate(errors));
          });
        }
        if (--remaining === 0) reject(aggregate(errors));
      });
    },
  }.any;
  Object.defineProperty(Promise, 'any', { value: any, writable: true, configurable: true, enumerable: false });
}

// goja has no weak references. These keep their target alive for the
// whole run, which is what V8 does for any object still reachable: code
// that feature-tests and uses them works; a cleanup callback never runs
// (site/docs/builtins.md says so).
if (typeof globalThis.WeakRef !== 'function') {
  class WeakRef {
    #target;
    constructor(target) {
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
        throw new TypeError('WeakRef: target must be an object');
      }
      this.#target = target;
    }
    deref() { return this.#target; }
    get [Symbol.toStringTag]() { return 'WeakRef'; }
  }
  class FinalizationRegistry {
    #cleanup;
    constructor(cleanup) {
      if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
      this.#cleanup = cleanup;
    }
    register(target) {
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
        throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
      }
    }
    unregister() { return false; }
    get [Symbol.toStringTag]() { return 'FinalizationRegistry'; }
  }
  for (const [name, value] of [['WeakRef', WeakRef], ['FinalizationRegistry', FinalizationRegistry]]) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }
}
