// event_target: node's EventTarget, Event, AbortController, AbortSignal,
// CustomEvent and MessageEvent. Loaded on a program's first use of one of
// these globals (the bootstrap defines them lazily), not at every start.
'use strict';

// Event keeps its state in symbols and shows it through prototype getters,
// as node's: Object.keys(event) is empty, isTrusted is the one own
// property, and util.inspect prints the four fields node prints.
const kType = Symbol('type');
const kState = Symbol('state');
const kTrusted = Symbol('kTrusted');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const isTrustedGet = function isTrusted() { return this[kState] !== undefined && this[kState].trusted; };

function missingArgs(name) {
  const err = new TypeError('The "' + name + '" argument must be specified');
  internal.setErrorCode(err, 'ERR_MISSING_ARGS');
  return err;
}

// inspectAs is node's customInspect for these classes: the constructor's
// name and a plain object of the fields it shows.
function inspectAs(self, obj, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });
  return name + ' ' + require('util').inspect(obj, opts);
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw internal.invalidArgType('options', 'object', options);
    }
    const o = options || {};
    Object.defineProperty(this, kType, { value: `${type}`, writable: true });
    Object.defineProperty(this, kState, { value: {
      bubbles: !!o.bubbles, cancelable: !!o.cancelable, composed: !!o.composed,
      defaultPrevented: false, stopped: false, immediate: false,
      timeStamp: internal.nowMs(), target: null, current: null, dispatching: false,
      trusted: o[kTrusted] === true,
    } });
    Object.defineProperty(this, 'isTrusted', { get: isTrustedGet, enumerable: false, configurable: false });
  }
  get type() { return this[kType]; }
  get bubbles() { return this[kState].bubbles; }
  get cancelable() { return this[kState].cancelable; }
  get composed() { return this[kState].composed; }
  get defaultPrevented() { return this[kState].cancelable && this[kState].defaultPrevented; }
  get timeStamp() { return this[kState].timeStamp; }
  get target() { return this[kState].target; }
  get currentTarget() { return this[kState].current; }
  get srcElement() { return this[kState].target; }
  get eventPhase() { return this[kState].dispatching ? Event.AT_TARGET : Event.NONE; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kState].stopped; }
  set cancelBubble(v) { if (v) this[kState].stopped = true; }
  composedPath() { return this[kState].dispatching ? [this[kState].current] : []; }
  preventDefault() { this[kState].defaultPrevented = true; }
  stopPropagation() { this[kState].stopped = true; }
  stopImmediatePropagation() { this[kState].stopped = true; this[kState].immediate = true; }
  initEvent() {}
  [customInspect](depth, options) {
    return inspectAs(this, {
      type: this[kType], defaultPrevented: this[kState].defaultPrevented,
      cancelable: this[kState].cancelable, timeStamp: this[kState].timeStamp,
    }, depth, options);
  }
}
for (const k of ['type', 'bubbles', 'cancelable', 'composed', 'defaultPrevented', 'timeStamp', 'target', 'currentTarget',
  'srcElement', 'eventPhase', 'returnValue', 'cancelBubble', 'composedPath', 'preventDefault', 'stopPropagation',
  'stopImmediatePropagation', 'initEvent']) {
  Object.defineProperty(Event.prototype, k, { enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
// The phase constants, read-only and enumerable on the class, as node's.
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

function notInstance(what, type, value) {
  const err = new TypeError('The ' + what + ' must be an instance of ' + type + '. Received ' + internal.describe(value));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  return err;
}

// A listener that throws, or whose promise rejects, does not stop the
// dispatch: node rethrows its error on a later tick, where it is an
// uncaught exception.
function rethrowLater(err) {
  process.nextTick(() => { throw err; });
}

const kListeners = Symbol('kEvents');
const kWarned = Symbol('kMaxEventTargetListenersWarned');

// warnIfTooMany is node's kNewListener: the first time a type has more
// listeners than events.setMaxListeners allows this target (0: no limit),
// one MaxListenersExceededWarning for the target.
function warnIfTooMany(target, type, count) {
  const max = internal.eventTargetMaxListeners ? internal.eventTargetMaxListeners(target) : 10;
  if (!(max > 0 && count > max) || target[kWarned]) return;
  target[kWarned] = true;
  const w = new Error('Possible EventTarget memory leak detected. ' + count + ' ' + type + ' listeners added to ' +
    require('util').inspect(target, { depth: -1 }) + '. MaxListeners is ' + max + '. Use events.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

class EventTarget {
  constructor() { Object.defineProperty(this, kListeners, { value: new Map() }); }
  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw missingArgs(arguments.length === 0 ? 'type' : 'listener');
    if (listener === null || listener === undefined) {
      process.emitWarning('addEventListener called with ' + listener + ' which has no effect.', 'AddEventListenerArgumentTypeWarning');
      return;
    }
    if (typeof listener !== 'function' && typeof listener !== 'object') {
      throw notInstance('"listener" argument', 'EventListener', listener);
    }
    let once = false;
    let capture = false;
    let signal;
    if (typeof options === 'boolean') {
      capture = options;
    } else if (options !== null && typeof options === 'object') {
      once = !!options.once;
      capture = !!options.capture;
      signal = options.signal;
    }
    type = `${type}`;
    const list = this[kListeners].get(type) || [];
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw notInstance('"options.signal" property', 'AbortSignal', signal);
      }
      // An aborted signal adds nothing; a later abort removes the listener.
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
    list.push({ listener, once, capture, removed: false });
    this[kListeners].set(type, list);
    warnIfTooMany(this, type, list.length);
  }
  removeEventListener(type, listener, options = undefined) {
    // As node 20: only an options object's capture counts here.
    const capture = options?.capture === true;
    const list = this[kListeners].get(`${type}`);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i >= 0) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw notInstance('"event" argument', 'Event', event);
    const st = event[kState];
    if (st.dispatching) {
      const err = new Error('The event "' + event.type + '" is already being dispatched');
      internal.setErrorCode(err, 'ERR_EVENT_RECURSION');
      throw err;
    }
    const list = (this[kListeners].get(event.type) || []).slice();
    st.target = this;
    st.current = this;
    st.dispatching = true;
    try {
      for (const l of list) {
        if (l.removed) continue;
        if (l.once) this.removeEventListener(event.type, l.listener, { capture: l.capture });
        let result;
        try {
          if (typeof l.listener === 'function') {
            result = l.listener.call(this, event);
          } else if (typeof l.listener.handleEvent === 'function') {
            result = l.listener.handleEvent(event);
          }
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, rethrowLater);
          }
        } catch (err) {
          rethrowLater(err);
        }
        if (st.immediate) break;
      }
    } finally {
      st.current = null;
      st.dispatching = false;
    }
    return !event.defaultPrevented;
  }
  [customInspect](depth, options) {
    return inspectAs(this, {}, depth, options);
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });
// events.getEventListeners reads an EventTarget's listeners through this.
internal.eventTargetListeners = (target, type) => {
  const map = target[kListeners];
  return map ? (map.get(`${type}`) || []).map((l) => l.listener) : [];
};

const kAbort = Symbol('kAborted');
const kReason = Symbol('kReason');
const kInternal = Symbol('kInternal');

function abortSignal(signal, reason) {
  if (signal[kAbort]) return;
  signal[kAbort] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
}

class AbortSignal extends EventTarget {
  constructor(token) {
    if (token !== kInternal) {
      const err = new TypeError('Illegal constructor');
      internal.setErrorCode(err, 'ERR_ILLEGAL_CONSTRUCTOR');
      throw err;
    }
    super();
    this[kAbort] = false;
    this[kReason] = undefined;
  }
  get aborted() { return this[kAbort]; }
  get reason() { return this[kReason]; }
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
  throwIfAborted() { if (this[kAbort]) throw this[kReason]; }
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const s = new AbortSignal(kInternal);
    s[kAbort] = true;
    s[kReason] = reason;
    return s;
  }
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
    const out = new AbortSignal(kInternal);
    const done = list.find((sig) => sig.aborted);
    if (done) {
      out[kAbort] = true;
      out[kReason] = done.reason;
      return out;
    }
    for (const sig of list) sig.addEventListener('abort', () => abortSignal(out, sig.reason), { once: true });
    return out;
  }
  static timeout(ms) {
    const s = new AbortSignal(kInternal);
    setTimeout(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
    return s;
  }
  [customInspect](depth, options) {
    // node's AbortSignal gives itself back past the depth: [AbortSignal].
    if (depth < 0) return this;
    return inspectAs(this, { aborted: this[kAbort] }, depth, options);
  }
}
for (const k of ['aborted', 'reason', 'onabort', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, k, { enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

const kSignal = Symbol('signal');
class AbortController {
  constructor() { this[kSignal] = new AbortSignal(kInternal); }
  get signal() { return this[kSignal]; }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this[kSignal], reason);
  }
  [customInspect](depth, options) {
    return inspectAs(this, { signal: this[kSignal] }, depth, options);
  }
}
for (const k of ['signal', 'abort']) Object.defineProperty(AbortController.prototype, k, { enumerable: true });
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

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
