// event_target: node's EventTarget, Event, AbortController, AbortSignal,
// CustomEvent and MessageEvent. Loaded on a program's first use of one of
// these globals (the bootstrap defines them lazily), not at every start.
'use strict';

class Event {
  constructor(type, init) { this.type = String(type); this.defaultPrevented = false; this.cancelable = !!(init && init.cancelable); this.timeStamp = internal.nowMs(); }
  preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  stopImmediatePropagation() { this._stop = true; }
  stopPropagation() {}
  // eventPhase: AT_TARGET while a target dispatches it, else NONE.
  get eventPhase() { return dispatching.has(this) ? 2 : 0; }
}
const dispatching = new WeakSet();
// The phase constants, read-only and enumerable on the class, as node's.
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

function notInstance(what, type, value) {
  const err = new TypeError('The ' + what + ' must be an instance of ' + type + '. Received ' + internal.describe(value));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  return err;
}

class EventTarget {
  constructor() { Object.defineProperty(this, '_listeners', { value: new Map() }); }
  addEventListener(type, listener, options) {
    if (!listener) return;
    const once = typeof options === 'object' && options !== null && !!options.once;
    const list = this._listeners.get(type) || [];
    if (list.some((l) => l.listener === listener)) return;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw notInstance('"options.signal" property', 'AbortSignal', signal);
      }
      // An aborted signal adds nothing; a later abort removes the listener.
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
    }
    list.push({ listener, once });
    this._listeners.set(type, list);
  }
  removeEventListener(type, listener) {
    const list = this._listeners.get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i >= 0) list.splice(i, 1);
  }
  dispatchEvent(event) {
    const list = (this._listeners.get(event.type) || []).slice();
    Object.defineProperty(event, 'target', { value: this, configurable: true });
    dispatching.add(event);
    try {
      for (const l of list) {
        if (l.once) this.removeEventListener(event.type, l.listener);
        if (typeof l.listener === 'function') l.listener.call(this, event); else l.listener.handleEvent(event);
        if (event._stop) break;
      }
    } finally {
      dispatching.delete(event);
    }
    return !event.defaultPrevented;
  }
}

class AbortSignal extends EventTarget {
  constructor() { super(); this.aborted = false; this.reason = undefined; }
  // onabort is an event handler attribute, as the DOM's: one listener
  // added where it was first set, so it runs in its place among the
  // addEventListener ones; a later set swaps the function in place.
  get onabort() { return this._onabort ? this._onabort.fn : null; }
  set onabort(fn) {
    if (typeof fn !== 'function') {
      if (this._onabort) {
        this.removeEventListener('abort', this._onabort.listener);
        this._onabort.fn = null;
        this._onabort = undefined;
      }
      return;
    }
    if (this._onabort) { this._onabort.fn = fn; return; }
    const h = { fn, listener: (ev) => h.fn.call(this, ev) };
    Object.defineProperty(this, '_onabort', { value: h, writable: true, configurable: true });
    this.addEventListener('abort', h.listener);
  }
  throwIfAborted() { if (this.aborted) throw this.reason; }
  static abort(reason) { const c = new AbortController(); c.abort(reason); return c.signal; }
  // any: a signal that aborts with the reason of the first of signals to.
  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw notInstance('"signals" argument', 'Array', signals);
    }
    const list = [...signals];
    list.forEach((sig, i) => {
      if (sig === null || typeof sig !== 'object' || !(sig instanceof AbortSignal)) {
        throw notInstance('"signals[' + i + ']" argument', 'AbortSignal', sig);
      }
    });
    const c = new AbortController();
    const done = list.find((sig) => sig.aborted);
    if (done) {
      c.abort(done.reason);
      return c.signal;
    }
    for (const sig of list) sig.addEventListener('abort', () => c.abort(sig.reason), { once: true });
    return c.signal;
  }
  static timeout(ms) {
    const c = new AbortController();
    setTimeout(() => {
      const e = new Error('The operation was aborted due to timeout');
      e.name = 'TimeoutError';
      e.code = 23;
      c.abort(e);
    }, ms).unref();
    return c.signal;
  }
}

class AbortController {
  constructor() { this.signal = new AbortSignal(); }
  abort(reason) {
    const s = this.signal;
    if (s.aborted) return;
    if (reason === undefined) {
      reason = new Error('This operation was aborted');
      reason.name = 'AbortError';
      reason.code = 20;
    }
    s.aborted = true;
    s.reason = reason;
    s.dispatchEvent(new Event('abort'));
  }
}

// CustomEvent and MessageEvent: Events carrying a detail, or a message.
const kDetail = Symbol('kDetail');
class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) {
      const err = new TypeError('The "type" argument must be specified');
      internal.setErrorCode(err, 'ERR_MISSING_ARGS');
      throw err;
    }
    super(type, options);
    Object.defineProperty(this, kDetail, { value: options?.detail ?? null });
  }
  get detail() { return this[kDetail]; }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });
const kMessage = Symbol('kMessage');
class MessageEvent extends Event {
  constructor(type, init = {}) {
    super(type, init);
    Object.defineProperty(this, kMessage, { value: {
      data: init?.data ?? null, origin: init?.origin ?? '', lastEventId: init?.lastEventId ?? '',
      source: init?.source ?? null, ports: init?.ports ? [...init.ports] : [],
    } });
  }
  get data() { return this[kMessage].data; }
  get origin() { return this[kMessage].origin; }
  get lastEventId() { return this[kMessage].lastEventId; }
  get source() { return this[kMessage].source; }
  get ports() { return this[kMessage].ports; }
}
for (const k of ['data', 'origin', 'lastEventId', 'source', 'ports']) Object.defineProperty(MessageEvent.prototype, k, { enumerable: true });
module.exports = { Event, EventTarget, AbortSignal, AbortController, CustomEvent, MessageEvent };
