// weakref: WeakRef and FinalizationRegistry, which goja lacks. Every
// runtime loads it at start (globals are data properties, as in node).
'use strict';

// goja has no weak references. These keep their target alive for the
// whole run, which is what V8 does for any object still reachable: code
// that feature-tests and uses them works; a cleanup callback never runs
// (site/docs/builtins.md says so).
if (typeof globalThis.WeakRef !== 'function') {
  class WeakRef {
    #target;
    constructor(target) {
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
        throw new TypeError('WeakRef: invalid target');
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
