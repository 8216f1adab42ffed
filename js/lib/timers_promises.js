// timers/promises: promise versions of the timers. Each promise is
// resolved from the timer's own callback, as node's are, so its reactions
// run in the microtask checkpoint right after that callback.
'use strict';

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal && signal.reason });
}

// propertyType is ERR_INVALID_ARG_TYPE for an option, which node calls a
// property; expected reads 'of type boolean' or 'an instance of X'.
function propertyType(name, expected, value) {
  const err = new TypeError('The "' + name + '" property must be ' + expected + '. Received ' +
    internal.describe(value));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  return err;
}

// checkOptions validates what node validates, throwing its errors, and
// returns { signal, ref }.
function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw internal.invalidArgType('options', 'object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw propertyType('options.signal', 'an instance of AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw propertyType('options.ref', 'of type boolean', ref);
  return { signal, ref };
}

function checkDelay(delay) {
  if (delay !== undefined && typeof delay !== 'number') throw internal.invalidArgType('delay', 'number', delay);
}

// schedule starts the timer (start(resolve) returns it) and wires the
// signal: an abort clears the timer and rejects, unless it already fired.
function schedule(options, start, clear) {
  const { signal, ref } = checkOptions(options);
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const timer = start(resolve);
    if (!ref) timer.unref();
    if (signal) {
      onAbort = () => {
        if (!timer._destroyed) {
          clear(timer);
          reject(abortError(signal));
        }
      };
      signal.addEventListener('abort', onAbort);
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeoutPromise(delay, value, options = {}) {
  try {
    checkDelay(delay);
    return schedule(options, (resolve) => setTimeout(resolve, delay, value), clearTimeout);
  } catch (err) {
    return Promise.reject(err);
  }
}

function setImmediatePromise(value, options = {}) {
  try {
    return schedule(options, (resolve) => setImmediate(resolve, value), clearImmediate);
  } catch (err) {
    return Promise.reject(err);
  }
}

// setIntervalPromise returns node's async iterator by hand (goja has no
// async generators). Like the generator, it validates and starts its
// interval on the first next(); ticks that arrive while nobody waits are
// counted and handed out one per next().
function setIntervalPromise(delay, value, options = {}) {
  let started = false;
  let finished = false;
  let pending = 0; // ticks not yet handed out
  let wake; // resolves the next() waiting for a tick
  let interval;
  let signal;
  let onAbort;

  function finish() {
    finished = true;
    if (interval !== undefined) clearInterval(interval);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }

  function start() {
    started = true;
    checkDelay(delay);
    const opts = checkOptions(options);
    signal = opts.signal;
    if (signal && signal.aborted) throw abortError(signal);
    interval = setInterval(() => {
      pending++;
      if (wake) {
        const w = wake;
        wake = undefined;
        w();
      }
    }, delay);
    if (!opts.ref) interval.unref();
    if (signal) {
      onAbort = () => {
        clearInterval(interval);
        if (wake) {
          const w = wake;
          wake = undefined;
          w(Promise.reject(abortError(signal)));
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  }

  async function step() {
    if (finished) return { value: undefined, done: true };
    try {
      if (!started) start();
      if (signal && signal.aborted) throw abortError(signal);
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      if (signal && signal.aborted) throw abortError(signal);
    } catch (err) {
      finish();
      throw err;
    }
    pending--;
    return { value, done: false };
  }

  // Calls queue behind each other, as an async generator's do.
  let tail = null;
  function enqueue(fn) {
    const p = tail === null ? fn() : tail.then(fn, fn);
    tail = p;
    const clearTail = () => { if (tail === p) tail = null; };
    p.then(clearTail, clearTail);
    return p;
  }

  const iterator = {
    next() { return enqueue(step); },
    return(v) {
      return enqueue(async () => {
        finish();
        return { value: v, done: true };
      });
    },
    throw(err) {
      return enqueue(async () => {
        finish();
        throw err;
      });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  Object.defineProperty(iterator, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });
  return iterator;
}

const kScheduler = Symbol('kScheduler');

function invalidThis() {
  const err = new TypeError('Value of "this" must be of type Scheduler');
  internal.setErrorCode(err, 'ERR_INVALID_THIS');
  return err;
}

class Scheduler {
  constructor() {
    const err = new TypeError('Illegal constructor');
    internal.setErrorCode(err, 'ERR_ILLEGAL_CONSTRUCTOR');
    throw err;
  }

  yield() {
    if (!this[kScheduler]) throw invalidThis();
    return setImmediatePromise();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw invalidThis();
    return setTimeoutPromise(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype);
scheduler[kScheduler] = true;

for (const [f, name] of [[setTimeoutPromise, 'setTimeout'], [setImmediatePromise, 'setImmediate'],
  [setIntervalPromise, 'setInterval']]) {
  Object.defineProperty(f, 'name', { value: name });
}

module.exports = {
  setTimeout: setTimeoutPromise,
  setImmediate: setImmediatePromise,
  setInterval: setIntervalPromise,
  scheduler,
};
