// events: node's EventEmitter. Listeners run synchronously in registration
// order; 'error' with no listener throws; once() wrappers remove themselves
// before calling; newListener / removeListener are emitted as node does.
'use strict';

const kCapture = Symbol('kCapture');
// kShapeMode is node's marker of an emitter whose _events came from a
// subclass (true) rather than from init (false); util.inspect shows it.
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
let defaultMaxListeners = 10;
let captureRejectionsDefault = false;

const codedError = internal.codedError; // (Ctor, code, message): lib/bootstrap.js

// validateMaxListeners is node's validateNumber(n, name, 0).
function validateMaxListeners(n, name) {
  if (typeof n !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be of type number. Received ' + internal.describe(n));
  }
  if (n < 0 || Number.isNaN(n)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be >= 0. Received ' + internal.inspect(n));
  }
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    const err = new TypeError('The "listener" argument must be of type function. Received ' +
      internal.describe(listener));
    internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
    throw err;
  }
}

function EventEmitter(opts) {
  // EventEmitter.init.call(this, opts), as node; while init is the stock
  // one, its body is called directly (a native .call enters the
  // interpreter again, and every http message is an emitter).
  if (EventEmitter.init === stockInit) initEmitter(this, opts);
  else EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function initEmitter(ee, opts) {
  if (ee._events === undefined || ee._events === Object.getPrototypeOf(ee)._events) {
    ee._events = Object.create(null);
    ee._eventsCount = 0;
    ee[kShapeMode] = false;
  } else {
    ee[kShapeMode] = true;
  }
  ee._maxListeners = ee._maxListeners || undefined;
  if (opts && opts.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.captureRejections" property must be of type boolean. Received ' +
        internal.describe(opts.captureRejections));
    }
    ee[kCapture] = opts.captureRejections;
  } else {
    ee[kCapture] = EventEmitter.prototype[kCapture];
  }
}

const stockInit = function init(opts) { initEmitter(this, opts); };
EventEmitter.prototype[kCapture] = false;


EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

// maxListenersOf is node's _getMaxListeners: it reads the field, so that
// EventEmitter.prototype.on.call(plainObject, ...) works.
function maxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) {
    this.emit(kErrorMonitor, ...args);
  }
  if (type === 'error' && (events === undefined || events.error === undefined)) {
    let er = args[0];
    if (er instanceof Error) throw er;
    const err = new Error('Unhandled error. (' + internal.inspect(er) + ')');
    internal.setErrorCode(err, 'ERR_UNHANDLED_ERROR');
    err.context = er;
    throw err;
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    }
  }
  return true;
};

// emit0, emit1 and emit2 are ee.emit(type), ee.emit(type, a) and
// ee.emit(type, a, b) for the runtime's own modules (internal.emit0, ...):
// what the stock emit does, without its rest array and apply, which are most
// of an emit's cost in goja. An emitter whose emit is not the stock one, and
// 'error', take ee.emit itself.
const stockEmit = EventEmitter.prototype.emit;

internal.emit0 = function emit0(ee, type) {
  if (ee.emit !== stockEmit || type === 'error') return ee.emit(type);
  const events = ee._events;
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.call(ee);
    if (result !== undefined && result !== null && ee[kCapture]) addCatch(ee, result, type, []);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].call(ee);
      if (result !== undefined && result !== null && ee[kCapture]) addCatch(ee, result, type, []);
    }
  }
  return true;
};

internal.emit1 = function emit1(ee, type, a) {
  if (ee.emit !== stockEmit || type === 'error') return ee.emit(type, a);
  const events = ee._events;
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.call(ee, a);
    if (result !== undefined && result !== null && ee[kCapture]) addCatch(ee, result, type, [a]);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].call(ee, a);
      if (result !== undefined && result !== null && ee[kCapture]) addCatch(ee, result, type, [a]);
    }
  }
  return true;
};

internal.emit2 = function emit2(ee, type, a, b) {
  if (ee.emit !== stockEmit || type === 'error') return ee.emit(type, a, b);
  const events = ee._events;
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.call(ee, a, b);
    if (result !== undefined && result !== null && ee[kCapture]) addCatch(ee, result, type, [a, b]);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].call(ee, a, b);
      if (result !== undefined && result !== null && ee[kCapture]) addCatch(ee, result, type, [a, b]);
    }
  }
  return true;
};

// addCatch: with captureRejections, a listener's rejected promise becomes
// the emitter's Symbol.for('nodejs.rejection') call, or its 'error', on a
// later tick.
function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args));
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener); else list.push(listener);
  }
  const m = maxListenersOf(target);
  if (m > 0 && list.length > m && !list.warned) {
    list.warned = true;
    const name = target.constructor && target.constructor.name || 'EventEmitter';
    // node's warning is an Error carrying the emitter, the event type and the count.
    const w = new Error('Possible EventEmitter memory leak detected. ' + list.length + ' ' +
      String(type) + ' listeners added to [' + name + ']. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = list.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) { return addListener(this, type, listener, false); };
Object.defineProperty(EventEmitter.prototype.addListener, 'name', { value: 'addListener' });
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) { return addListener(this, type, listener, true); };

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, args);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) { position = i; break; }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) { return listenersOf(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return listenersOf(this, type, false); };
EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  const list = typeof l === 'function' ? [l] : l;
  if (listener === undefined || listener === null) return list.length;
  let n = 0;
  for (const f of list) if (f === listener || f.listener === listener) n++;
  return n;
};
const listenerCountStatic = (emitter, type) => emitter.listenerCount(type);
// addAbortListener: listener runs once when signal aborts (in a microtask
// if it already has); the result's Symbol.dispose removes it.
function addAbortListener(signal, listener) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "signal" argument must be an instance of AbortSignal. Received ' + internal.describe(signal));
  }
  if (typeof listener !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "listener" argument must be of type function. Received ' + internal.describe(listener));
  }
  let removed = false;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (removed) return;
      removed = true;
      signal.removeEventListener('abort', listener);
    },
  };
}
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal !== undefined) err.cause = signal.reason;
  return err;
}

function validateSignal(options) {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received ' + internal.describe(options));
  }
  const signal = options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.signal" property must be an instance of AbortSignal. Received ' + internal.describe(signal));
  }
  return signal;
}

const isEventTarget = (t) => t !== null && typeof t === 'object' && typeof t.addEventListener === 'function' &&
  typeof t.on !== 'function';

// events.once(emitter, name, { signal }): a promise resolved with the
// arguments of the next emit (an EventTarget: [event]); rejected if
// 'error' comes first or the signal aborts.
// It is an async function, as node's is: errors reject, and the promise it
// returns settles a few jobs after the inner one.
async function once(emitter, name, options = undefined) {
  const signal = validateSignal(options);
  if (signal !== undefined && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    let onAbort;
    const cleanAbort = () => { if (onAbort) signal.removeEventListener('abort', onAbort); };
    if (isEventTarget(emitter)) {
      const handler = (...args) => { cleanAbort(); resolve(args); };
      emitter.addEventListener(name, handler, { once: true });
      if (signal !== undefined) {
        onAbort = () => { emitter.removeEventListener(name, handler); reject(abortError(signal)); };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      return;
    }
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      cleanAbort();
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', errorListener);
      cleanAbort();
      resolve(args);
    };
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
    if (signal !== undefined) {
      onAbort = () => {
        emitter.removeListener(name, resolver);
        emitter.removeListener('error', errorListener);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

// events.on(emitter, name, { signal }): an async iterator over the
// arguments of each emit (queued until read); 'error' rejects the next
// read and ends it; return() removes the listeners.
function on(emitter, name, options = undefined) {
  const signal = validateSignal(options);
  if (signal !== undefined && signal.aborted) throw abortError(signal);
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const target = isEventTarget(emitter);
  const eventHandler = (...args) => {
    const p = unconsumedPromises.shift();
    if (p) p.resolve({ value: args, done: false });
    else unconsumedEvents.push(args);
  };
  const errorHandler = (err) => {
    finished = true;
    const p = unconsumedPromises.shift();
    if (p) p.reject(err);
    else error = err;
    iterator.return();
  };
  const abortListener = () => errorHandler(abortError(signal));
  // close: events that end the iteration (node 20's option), after the
  // events already queued.
  const closeEvents = options != null && options.close != null ? Array.from(options.close) : [];
  const closeHandler = () => {
    if (target) emitter.removeEventListener(name, eventHandler);
    else {
      emitter.removeListener(name, eventHandler);
      emitter.removeListener('error', errorHandler);
    }
    for (const ev of closeEvents) {
      if (target) emitter.removeEventListener(ev, closeHandler);
      else emitter.removeListener(ev, closeHandler);
    }
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
    finished = true;
    for (const p of unconsumedPromises) p.resolve({ value: undefined, done: true });
    unconsumedPromises.length = 0;
  };
  const iterator = {
    next() {
      const value = unconsumedEvents.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      closeHandler();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!(err instanceof Error)) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "EventEmitter.AsyncIterator" property must be an instance of Error. Received ' + internal.describe(err));
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
  if (target) emitter.addEventListener(name, eventHandler);
  else {
    emitter.on(name, eventHandler);
    if (name !== 'error') emitter.on('error', errorHandler);
  }
  for (const ev of closeEvents) {
    if (target) emitter.addEventListener(ev, closeHandler);
    else emitter.on(ev, closeHandler);
  }
  if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && typeof emitterOrTarget === 'object' && typeof emitterOrTarget.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  if (isEventTarget(emitterOrTarget)) {
    const n = emitterOrTarget[kMaxEventTargetListeners];
    return n === undefined ? defaultMaxListeners : n;
  }
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received ' +
    internal.describe(emitterOrTarget));
}

const getEventListeners = (emitter, type) => {
  if (isEventTarget(emitter)) return internal.eventTargetListeners ? internal.eventTargetListeners(emitter, type) : [];
  return emitter.listeners(type);
};
// event_target.js reads a target's limit through this (10 until events loads).
internal.eventTargetMaxListeners = (t) => {
  const n = t[kMaxEventTargetListeners];
  return n === undefined ? defaultMaxListeners : n;
};
const setMaxListenersStatic = (n = defaultMaxListeners, ...targets) => {
  validateMaxListeners(n, 'setMaxListeners');
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const t of targets) {
    if (isEventTarget(t)) t[kMaxEventTargetListeners] = n;
    else if (t !== null && typeof t === 'object' && typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    else {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. Received ' +
        internal.describe(t));
    }
  }
};

// EventEmitterAsyncResource: an EventEmitter whose listeners run in the
// async scope of an AsyncResource made with it (async_hooks, required on
// first use: a program that never asks for it never loads async_hooks).
let EventEmitterAsyncResource;
function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

function makeEventEmitterAsyncResource() {
  const { AsyncResource } = require('async_hooks');
  const kEmitter = Symbol('kEventEmitter');
  const kResource = Symbol('kAsyncResource');
  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kEmitter] = emitter;
    }
    get eventEmitter() {
      if (this === null || typeof this !== 'object' || this[kEmitter] === undefined) throw invalidThis('EventEmitterReferencingAsyncResource');
      return this[kEmitter];
    }
  }
  // resourceOf is this's resource, or node's ERR_INVALID_THIS for a foreign receiver.
  const resourceOf = (that) => {
    const r = that !== null && typeof that === 'object' ? that[kResource] : undefined;
    if (r === undefined) throw invalidThis('EventEmitterAsyncResource');
    return r;
  };
  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource && typeof options?.name !== 'string') {
          throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.name" property must be of type string. Received ' +
            internal.describe(options?.name));
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    emit(event, ...args) {
      return resourceOf(this).runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
    }
    emitDestroy() { resourceOf(this).emitDestroy(); }
    get asyncId() { return resourceOf(this).asyncId(); }
    get triggerAsyncId() { return resourceOf(this).triggerAsyncId(); }
    get asyncResource() { return resourceOf(this); }
  };
}

// The module's keys in node's order (Object.keys(require('events'))).
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return captureRejectionsDefault; },
  set(value) {
    if (typeof value !== 'boolean') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "EventEmitter.captureRejections" property must be of type boolean. Received ' +
        internal.describe(value));
    }
    captureRejectionsDefault = value;
    EventEmitter.prototype[kCapture] = value;
  },
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() { return EventEmitterAsyncResource || (EventEmitterAsyncResource = makeEventEmitterAsyncResource()); },
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    validateMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});
EventEmitter.setMaxListeners = setMaxListenersStatic;
EventEmitter.init = stockInit;
EventEmitter.listenerCount = listenerCountStatic;

module.exports = EventEmitter;
