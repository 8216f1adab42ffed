// stream/web: the WHATWG streams (ReadableStream, WritableStream,
// TransformStream, their readers, writers and controllers, the queuing
// strategies, TextEncoderStream and TextDecoderStream), written after the
// Streams Standard's algorithms. Where node 20 schedules work differently
// from the standard (the first read of an async iterator waits one promise
// job, tee closes its branches from process.nextTick, pipeTo loops in an
// async function), this file does as node does, so that promise jobs run in
// node's order.
'use strict';

const { inspect } = require('util');

const kState = Symbol('kState');
const kType = Symbol('kType');
const kSkip = Symbol('kSkip'); // lets the module build what user code may not
const kCloseSentinel = Symbol('kCloseSentinel');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- errors as node words them ---------------------------------------------

const coded = internal.codedError; // (Ctor, code, message): lib/bootstrap.js
const invalidState = (msg, Ctor = TypeError) => coded(Ctor, 'ERR_INVALID_STATE', 'Invalid state: ' + msg);
const invalidThis = (type) => coded(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
const illegalConstructor = () => coded(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
function invalidArgValue(name, value, Ctor = TypeError, reason = 'is invalid') {
  const kind = name.includes('.') ? 'property' : 'argument';
  let shown = inspect(value);
  if (shown.length > 128) shown = shown.slice(0, 128) + '...';
  return coded(Ctor, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`);
}
function invalidArgType(name, type, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  const what = /^[A-Z]/.test(type) ? 'an instance of ' + type : 'of type ' + type;
  return coded(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${what}. Received ${internal.describe(value)}`);
}
function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw invalidArgType(name, 'function', fn);
}
// validateObject as node's webstreams call it: null passes where allowNull.
function validateObject(v, name, allowNull) {
  if ((v === null && !allowNull) || (v !== null && typeof v !== 'object' && typeof v !== 'function')) {
    throw invalidArgType(name, 'object', v);
  }
}
function validateAbortSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

// ---- promises ----------------------------------------------------------------

// deferred is a promise with its resolving functions and whether it settled
// (node asks V8; this file keeps the answer).
function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, pending: true };
  d.promise = new Promise((resolve, reject) => {
    d.resolve = (v) => { d.pending = false; resolve(v); };
    d.reject = (e) => { d.pending = false; reject(e); };
  });
  return d;
}
function settled(promise) {
  return { promise, resolve: undefined, reject: undefined, pending: false };
}
function none() {
  return { promise: undefined, resolve: undefined, reject: undefined, pending: false };
}
function setHandled(p) {
  p.then(() => {}, () => {});
}
async function callAsync(fn, thisArg, ...args) {
  return fn.call(thisArg, ...args);
}
function promiseCallback(name, fn, thisArg) {
  validateFunction(fn, name);
  return (...args) => callAsync(fn, thisArg, ...args);
}
function nonOpStart() {}
async function nonOpPull() {}
async function nonOpCancel() {}
async function nonOpWrite() {}
async function nonOpFlush() {}

// ---- queues with sizes -------------------------------------------------------

function dequeueValue(c) {
  const { value, size } = c[kState].queue.shift();
  c[kState].queueTotalSize = Math.max(0, c[kState].queueTotalSize - size);
  return value;
}
function enqueueValueWithSize(c, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw invalidArgValue('size', size, RangeError);
  }
  c[kState].queue.push({ value, size });
  c[kState].queueTotalSize += size;
}
function peekQueueValue(c) {
  return c[kState].queue[0].value;
}
function resetQueue(c) {
  c[kState].queue = [];
  c[kState].queueTotalSize = 0;
}

function extractHighWaterMark(value, dflt) {
  if (value === undefined) return dflt;
  value = +value;
  if (Number.isNaN(value) || value < 0) throw invalidArgValue('strategy.highWaterMark', value, RangeError);
  return value;
}
function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return size;
}

function brand(type) {
  return (v) => v != null && typeof v === 'object' && v[kType] === type && v[kState] !== undefined;
}
function showAs(name, data, depth, options) {
  if (depth < 0) return this;
  const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
  return `${name} ${inspect(data, opts)}`;
}
function defineTag(Class, name) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: name, configurable: true });
}
function enumerable(Class, names) {
  for (const n of names) {
    const d = Object.getOwnPropertyDescriptor(Class.prototype, n);
    d.enumerable = true;
    Object.defineProperty(Class.prototype, n, d);
  }
}

// ---- queuing strategies ------------------------------------------------------

const byteSize = (chunk) => chunk.byteLength;
const countSize = () => 1;
Object.defineProperty(byteSize, 'name', { value: 'size' });
Object.defineProperty(countSize, 'name', { value: 'size' });

function strategyInit(init) {
  validateObject(init, 'init', false);
  if (init.highWaterMark === undefined) {
    throw coded(TypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
  }
  return +init.highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    if (init === undefined) throw invalidArgType('init', 'object', init);
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark: strategyInit(init) };
  }
  get highWaterMark() {
    if (!isByteLengthQueuingStrategy(this)) throw invalidThis('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }
  get size() {
    if (!isByteLengthQueuingStrategy(this)) throw invalidThis('ByteLengthQueuingStrategy');
    return byteSize;
  }
  [customInspect](depth, options) {
    return showAs.call(this, 'ByteLengthQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options);
  }
}
const isByteLengthQueuingStrategy = brand('ByteLengthQueuingStrategy');
defineTag(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy');
enumerable(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);

class CountQueuingStrategy {
  constructor(init) {
    if (init === undefined) throw invalidArgType('init', 'object', init);
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark: strategyInit(init) };
  }
  get highWaterMark() {
    if (!isCountQueuingStrategy(this)) throw invalidThis('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }
  get size() {
    if (!isCountQueuingStrategy(this)) throw invalidThis('CountQueuingStrategy');
    return countSize;
  }
  [customInspect](depth, options) {
    return showAs.call(this, 'CountQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options);
  }
}
const isCountQueuingStrategy = brand('CountQueuingStrategy');
defineTag(CountQueuingStrategy, 'CountQueuingStrategy');
enumerable(CountQueuingStrategy, ['highWaterMark', 'size']);

// ---- ReadableStream ----------------------------------------------------------

const isReadableStream = brand('ReadableStream');
const isDefaultReader = brand('ReadableStreamDefaultReader');
const isBYOBReader = brand('ReadableStreamBYOBReader');
const isDefaultController = brand('ReadableStreamDefaultController');
const isByteController = brand('ReadableByteStreamController');

function readableState() {
  return { state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined };
}

class ReadableStream {
  constructor(source = null, strategy = {}) {
    validateObject(source, 'source', true);
    validateObject(strategy, 'strategy', true);
    this[kType] = 'ReadableStream';
    this[kState] = readableState();
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source?.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw invalidArgValue('strategy.size', size, RangeError);
      setupByteControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
      return;
    }
    if (type !== undefined) throw invalidArgValue('source.type', type);
    setupDefaultControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 1), extractSizeAlgorithm(size));
  }

  get locked() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return isLocked(this);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(invalidThis('ReadableStream'));
    if (isLocked(this)) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    validateObject(options, 'options', true);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw invalidArgValue('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) throw invalidArgType('transform.readable', 'ReadableStream', readable);
    const writable = transform?.writable;
    if (!isWritableStream(writable)) throw invalidArgType('transform.writable', 'WritableStream', writable);
    validateObject(options, 'options', true);
    const { preventAbort, preventCancel, preventClose, signal } = options ?? {};
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (isLocked(this)) throw invalidState('The ReadableStream is locked');
    if (isWritableLocked(writable)) throw invalidState('The WritableStream is locked');
    setHandled(readableStreamPipeTo(this, writable, !!preventClose, !!preventAbort, !!preventCancel, signal));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw invalidThis('ReadableStream');
      if (!isWritableStream(destination)) throw invalidArgType('transform.writable', 'WritableStream', destination);
      validateObject(options, 'options', true);
      const { preventAbort, preventCancel, preventClose, signal } = options ?? {};
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
      if (isLocked(this)) throw invalidState('The ReadableStream is locked');
      if (isWritableLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, !!preventClose, !!preventAbort, !!preventCancel, signal);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return readableStreamTee(this);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    validateObject(options, 'options', true);
    return readableStreamIterator(this, !!options?.preventCancel);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isByteController(this[kState].controller),
    }, depth, options);
  }
}
ReadableStream.prototype[Symbol.asyncIterator] = ReadableStream.prototype.values;
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, { enumerable: false });
defineTag(ReadableStream, 'ReadableStream');
enumerable(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);

// A stream the module makes for itself (tee branches, ReadableStream.from,
// TransformStream's readable side): algorithms instead of a source object.
function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  stream[kState] = readableState();
  setupDefaultController(stream, new ReadableStreamDefaultController(kSkip), start, pull, cancel, highWaterMark, size);
  return stream;
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  stream[kState].disturbed = true;
  const { state } = stream[kState];
  if (state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  readableStreamClose(stream);
  const reader = stream[kState].reader;
  if (isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const r of requests) r.close(undefined);
  }
  return stream[kState].controller[kState].cancelSteps(reason).then(() => {});
}

function readableStreamClose(stream) {
  stream[kState].state = 'closed';
  const reader = stream[kState].reader;
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const r of requests) r.close();
  }
}

function readableStreamError(stream, error) {
  stream[kState].state = 'errored';
  stream[kState].storedError = error;
  const reader = stream[kState].reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setHandled(reader[kState].close.promise);
  if (isDefaultReader(reader)) {
    errorReadRequests(reader, error);
  } else {
    errorReadIntoRequests(reader, error);
  }
}

function errorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const r of requests) r.error(error);
}
function errorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const r of requests) r.error(error);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}
function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}
function hasDefaultReader(stream) {
  return isDefaultReader(stream[kState].reader);
}

// ---- readers -----------------------------------------------------------------

function readerGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable':
      reader[kState].close = deferred();
      break;
    case 'closed':
      reader[kState].close = settled(Promise.resolve());
      break;
    default:
      reader[kState].close = settled(Promise.reject(stream[kState].storedError));
      setHandled(reader[kState].close.promise);
  }
}

function readerGenericRelease(reader) {
  const stream = reader[kState].stream;
  const error = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject(error);
  } else {
    reader[kState].close = settled(Promise.reject(error));
  }
  setHandled(reader[kState].close.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function defaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed': request.close(); break;
    case 'errored': request.error(stream[kState].storedError); break;
    default: stream[kState].controller[kState].pullSteps(request);
  }
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadRequests(reader, invalidState('Releasing reader'));
}

// readRequest builds what a read() waits on: chunk, close and error steps.
function readRequest(d) {
  return {
    chunk(value) { d.resolve({ value, done: false }); },
    close() { d.resolve({ value: undefined, done: true }); },
    error(e) { d.reject(e); },
  };
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], close: undefined };
    if (isLocked(stream)) throw invalidState('ReadableStream is locked');
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const d = deferred();
    defaultReaderRead(this, readRequest(d));
    return d.promise;
  }

  releaseLock() {
    if (!isDefaultReader(this)) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    if (!isDefaultReader(this)) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isDefaultReader(this)) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    }, depth, options);
  }
}
defineTag(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
enumerable(ReadableStreamDefaultReader, ['closed', 'read', 'releaseLock', 'cancel']);

// ---- ReadableStreamDefaultController ----------------------------------------------

class ReadableStreamDefaultController {
  constructor(skip) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kType] = 'ReadableStreamDefaultController';
  }

  get desiredSize() {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    return defaultControllerDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    defaultControllerError(this, error);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'ReadableStreamDefaultController', {}, depth, options);
  }
}
defineTag(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
enumerable(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

function setupDefaultController(stream, controller, start, pull, cancel, highWaterMark, size) {
  controller[kState] = {
    stream, queue: [], queueTotalSize: 0, started: false, closeRequested: false, pulling: false,
    pullAgain: false, highWaterMark, sizeAlgorithm: size, pullAlgorithm: pull, cancelAlgorithm: cancel,
    cancelSteps(reason) {
      resetQueue(controller);
      const result = controller[kState].cancelAlgorithm(reason);
      defaultControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(request) {
      const s = controller[kState];
      if (s.queue.length) {
        const chunk = dequeueValue(controller);
        if (s.closeRequested && !s.queue.length) {
          defaultControllerClearAlgorithms(controller);
          readableStreamClose(stream);
        } else {
          defaultControllerCallPullIfNeeded(controller);
        }
        request.chunk(chunk);
      } else {
        stream[kState].reader[kState].readRequests.push(request);
        defaultControllerCallPullIfNeeded(controller);
      }
    },
    releaseSteps() {},
  };
  stream[kState].controller = controller;
  const startResult = start();
  new Promise((r) => r(startResult)).then(() => {
    controller[kState].started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (e) => defaultControllerError(controller, e));
}

function setupDefaultControllerFromSource(stream, source, highWaterMark, size) {
  const controller = new ReadableStreamDefaultController(kSkip);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  setupDefaultController(stream, controller,
    start ? start.bind(source, controller) : nonOpStart,
    pull ? promiseCallback('source.pull', pull, source) : nonOpPull,
    cancel ? promiseCallback('source.cancel', cancel, source) : nonOpCancel,
    highWaterMark, size);
}

function defaultControllerCallPullIfNeeded(controller) {
  if (!defaultControllerShouldCallPull(controller)) return;
  const s = controller[kState];
  if (s.pulling) {
    s.pullAgain = true;
    return;
  }
  s.pulling = true;
  s.pullAlgorithm(controller).then(() => {
    s.pulling = false;
    if (s.pullAgain) {
      s.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => defaultControllerError(controller, e));
}

function defaultControllerShouldCallPull(controller) {
  const { stream, started } = controller[kState];
  if (!canCloseOrEnqueue(controller) || !started) return false;
  if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  return defaultControllerDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!canCloseOrEnqueue(controller)) return;
  controller[kState].closeRequested = true;
  if (!controller[kState].queue.length) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(controller[kState].stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!canCloseOrEnqueue(controller)) return;
  const { stream } = controller[kState];
  if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = controller[kState].sizeAlgorithm(chunk);
    } catch (e) {
      defaultControllerError(controller, e);
      throw e;
    }
    try {
      enqueueValueWithSize(controller, chunk, size);
    } catch (e) {
      defaultControllerError(controller, e);
      throw e;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable') return;
  resetQueue(controller);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function defaultControllerDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return highWaterMark - queueTotalSize;
  }
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function canCloseOrEnqueue(controller) {
  return !controller[kState].closeRequested && controller[kState].stream[kState].state === 'readable';
}

// ---- byte streams ------------------------------------------------------------

// A byte stream (type: 'bytes') here is the standard's byte stream without
// zero-copy: enqueue takes views, read() gives Uint8Arrays, and a BYOB
// reader's views are filled from the queue. Auto-allocation
// (autoAllocateChunkSize) serves default readers that find the queue empty.

class ReadableByteStreamController {
  constructor(skip) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kType] = 'ReadableByteStreamController';
  }

  get byobRequest() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    const s = this[kState];
    if (s.byobRequest === null && s.pendingPullIntos.length) {
      const first = s.pendingPullIntos[0];
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
      const req = new ReadableStreamBYOBRequest(kSkip);
      req[kState] = { controller: this, view };
      s.byobRequest = req;
    }
    return s.byobRequest;
  }

  get desiredSize() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    return byteControllerDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw invalidArgType('chunk', 'ArrayBufferView', chunk);
    if (chunk.byteLength === 0) throw invalidState('chunk ArrayBuffer is zero-length or detached');
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    byteControllerError(this, error);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'ReadableByteStreamController', {}, depth, options);
  }
}
defineTag(ReadableByteStreamController, 'ReadableByteStreamController');
enumerable(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

const isBYOBRequest = brand('ReadableStreamBYOBRequest');

class ReadableStreamBYOBRequest {
  constructor(skip) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kType] = 'ReadableStreamBYOBRequest';
  }

  get view() {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    bytesWritten = +bytesWritten;
    const first = controller[kState].pendingPullIntos[0];
    const state = controller[kState].stream[kState].state;
    if (state === 'closed') {
      if (bytesWritten !== 0) throw invalidArgValue('bytesWritten', bytesWritten);
    } else if (bytesWritten === 0 || first.bytesFilled + bytesWritten > first.byteLength) {
      throw invalidArgValue('bytesWritten', bytesWritten);
    }
    void view;
    byteControllerRespondInternal(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (!ArrayBuffer.isView(view)) throw invalidArgType('view', 'ArrayBufferView', view);
    const first = controller[kState].pendingPullIntos[0];
    if (first.byteOffset + first.bytesFilled !== view.byteOffset) throw invalidArgValue('view', view, RangeError);
    first.buffer = view.buffer;
    byteControllerRespondInternal(controller, view.byteLength);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'ReadableStreamBYOBRequest', { view: this[kState].view }, depth, options);
  }
}
defineTag(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
enumerable(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkip);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const autoAllocateChunkSize = source?.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    if (!Number.isInteger(autoAllocateChunkSize)) {
      throw invalidArgType('source.autoAllocateChunkSize', 'number', autoAllocateChunkSize);
    }
    if (autoAllocateChunkSize <= 0) throw invalidArgValue('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  const pullAlgorithm = pull ? promiseCallback('source.pull', pull, source) : nonOpPull;
  const cancelAlgorithm = cancel ? promiseCallback('source.cancel', cancel, source) : nonOpCancel;
  controller[kState] = {
    stream, queue: [], queueTotalSize: 0, started: false, closeRequested: false, pulling: false,
    pullAgain: false, highWaterMark, pullAlgorithm, cancelAlgorithm, autoAllocateChunkSize,
    byobRequest: null, pendingPullIntos: [],
    cancelSteps(reason) {
      byteControllerClearPendingPullIntos(controller);
      resetQueue(controller);
      const result = controller[kState].cancelAlgorithm(reason);
      byteControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(request) {
      const s = controller[kState];
      if (s.queueTotalSize > 0) {
        byteControllerFillReadRequestFromQueue(controller, request);
        return;
      }
      if (s.autoAllocateChunkSize !== undefined) {
        const buffer = new ArrayBuffer(s.autoAllocateChunkSize);
        s.pendingPullIntos.push({
          buffer, byteOffset: 0, byteLength: s.autoAllocateChunkSize, bytesFilled: 0,
          minimumFill: 1, elementSize: 1, ctor: Uint8Array, type: 'default',
        });
      }
      stream[kState].reader[kState].readRequests.push(request);
      byteControllerCallPullIfNeeded(controller);
    },
    releaseSteps() {
      const s = controller[kState];
      if (s.pendingPullIntos.length) {
        const first = s.pendingPullIntos[0];
        first.type = 'none';
        s.pendingPullIntos = [first];
      }
    },
  };
  stream[kState].controller = controller;
  const startResult = start ? start.call(source, controller) : undefined;
  new Promise((r) => r(startResult)).then(() => {
    controller[kState].started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (e) => byteControllerError(controller, e));
}

function byteControllerDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return highWaterMark - queueTotalSize;
  }
}

function byteControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function byteControllerInvalidateBYOBRequest(controller) {
  const req = controller[kState].byobRequest;
  if (req === null) return;
  req[kState].controller = undefined;
  req[kState].view = null;
  controller[kState].byobRequest = null;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function byteControllerShouldCallPull(controller) {
  const { stream, closeRequested, started } = controller[kState];
  if (stream[kState].state !== 'readable' || closeRequested || !started) return false;
  const reader = stream[kState].reader;
  if (isDefaultReader(reader) && reader[kState].readRequests.length > 0) return true;
  if (isBYOBReader(reader) && reader[kState].readIntoRequests.length > 0) return true;
  return byteControllerDesiredSize(controller) > 0;
}

function byteControllerCallPullIfNeeded(controller) {
  if (!byteControllerShouldCallPull(controller)) return;
  const s = controller[kState];
  if (s.pulling) {
    s.pullAgain = true;
    return;
  }
  s.pulling = true;
  s.pullAlgorithm(controller).then(() => {
    s.pulling = false;
    if (s.pullAgain) {
      s.pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  }, (e) => byteControllerError(controller, e));
}

function byteControllerClose(controller) {
  const s = controller[kState];
  if (s.closeRequested || s.stream[kState].state !== 'readable') return;
  if (s.queueTotalSize > 0) {
    s.closeRequested = true;
    return;
  }
  if (s.pendingPullIntos.length) {
    const first = s.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      byteControllerError(controller, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(s.stream);
}

function copyBytes(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function byteControllerEnqueue(controller, chunk) {
  const s = controller[kState];
  const { stream } = s;
  if (s.closeRequested || stream[kState].state !== 'readable') return;
  const bytes = copyBytes(chunk);
  if (s.pendingPullIntos.length) {
    byteControllerInvalidateBYOBRequest(controller);
    const first = s.pendingPullIntos[0];
    if (first.type === 'none') {
      s.pendingPullIntos.shift();
      const filled = new Uint8Array(first.buffer, first.byteOffset, first.bytesFilled);
      if (filled.byteLength > 0) byteQueuePush(controller, copyBytes(filled));
    }
  }
  const reader = stream[kState].reader;
  if (isDefaultReader(reader)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (reader[kState].readRequests.length === 0) {
      byteQueuePush(controller, bytes);
    } else {
      if (s.pendingPullIntos.length && s.pendingPullIntos[0].type === 'default') s.pendingPullIntos.shift();
      fulfillReadRequest(stream, bytes, false);
    }
  } else if (isBYOBReader(reader)) {
    byteQueuePush(controller, bytes);
    byteControllerProcessPullIntosUsingQueue(controller);
  } else {
    byteQueuePush(controller, bytes);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteQueuePush(controller, bytes) {
  controller[kState].queue.push({ value: bytes, size: bytes.byteLength });
  controller[kState].queueTotalSize += bytes.byteLength;
}

function byteControllerFillReadRequestFromQueue(controller, request) {
  const s = controller[kState];
  const entry = s.queue.shift();
  s.queueTotalSize -= entry.value.byteLength;
  byteControllerHandleQueueDrain(controller);
  request.chunk(entry.value);
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const reader = controller[kState].stream[kState].reader;
  while (reader[kState].readRequests.length) {
    if (controller[kState].queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(controller, reader[kState].readRequests.shift());
  }
}

function byteControllerHandleQueueDrain(controller) {
  const s = controller[kState];
  if (s.queueTotalSize === 0 && s.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(s.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

// fillPullIntoFromQueue copies queued bytes into a pending read's buffer and
// says whether it now holds at least its minimum.
function byteControllerFillPullIntoFromQueue(controller, pullInto) {
  const s = controller[kState];
  const maxBytesToCopy = Math.min(s.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const target = new Uint8Array(pullInto.buffer);
  while (totalBytesToCopyRemaining > 0) {
    const head = s.queue[0];
    const bytes = head.value;
    const n = Math.min(totalBytesToCopyRemaining, bytes.byteLength);
    target.set(bytes.subarray(0, n), pullInto.byteOffset + pullInto.bytesFilled);
    if (bytes.byteLength === n) {
      s.queue.shift();
    } else {
      head.value = bytes.subarray(n);
      head.size = head.value.byteLength;
    }
    s.queueTotalSize -= n;
    byteControllerInvalidateBYOBRequest(controller);
    pullInto.bytesFilled += n;
    totalBytesToCopyRemaining -= n;
  }
  return ready;
}

function pullIntoView(pullInto) {
  const n = Math.floor(pullInto.bytesFilled / pullInto.elementSize);
  return new pullInto.ctor(pullInto.buffer, pullInto.byteOffset, n);
}

function byteControllerCommitPullInto(stream, pullInto) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const view = pullIntoView(pullInto);
  if (pullInto.type === 'default') {
    fulfillReadRequest(stream, view, done);
  } else {
    const request = stream[kState].reader[kState].readIntoRequests.shift();
    if (done) request.close(view);
    else request.chunk(view);
  }
}

function byteControllerProcessPullIntosUsingQueue(controller) {
  const s = controller[kState];
  while (s.pendingPullIntos.length) {
    if (s.queueTotalSize === 0) return;
    const first = s.pendingPullIntos[0];
    if (byteControllerFillPullIntoFromQueue(controller, first)) {
      s.pendingPullIntos.shift();
      byteControllerCommitPullInto(s.stream, first);
    }
  }
}

function byteControllerPullInto(controller, view, min, request) {
  const s = controller[kState];
  const { stream } = s;
  const ctor = view.constructor;
  const elementSize = ctor.BYTES_PER_ELEMENT || 1;
  const pullInto = {
    buffer: view.buffer, byteOffset: view.byteOffset, byteLength: view.byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, ctor, type: 'byob',
  };
  if (s.pendingPullIntos.length) {
    s.pendingPullIntos.push(pullInto);
    stream[kState].reader[kState].readIntoRequests.push(request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (s.queueTotalSize > 0) {
    if (byteControllerFillPullIntoFromQueue(controller, pullInto)) {
      const filled = pullIntoView(pullInto);
      byteControllerHandleQueueDrain(controller);
      request.chunk(filled);
      return;
    }
    if (s.closeRequested) {
      const e = invalidState('Partial read');
      byteControllerError(controller, e);
      request.error(e);
      return;
    }
  }
  s.pendingPullIntos.push(pullInto);
  stream[kState].reader[kState].readIntoRequests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const s = controller[kState];
  const first = s.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (s.stream[kState].state === 'closed') {
    if (first.type === 'none') s.pendingPullIntos.shift();
    const reader = s.stream[kState].reader;
    if (isBYOBReader(reader)) {
      while (reader[kState].readIntoRequests.length) {
        byteControllerCommitPullInto(s.stream, s.pendingPullIntos.shift());
      }
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.type === 'none') {
      if (first.bytesFilled > 0) {
        s.pendingPullIntos.shift();
        byteQueuePush(controller, copyBytes(new Uint8Array(first.buffer, first.byteOffset, first.bytesFilled)));
        byteControllerProcessPullIntosUsingQueue(controller);
      }
    } else if (first.bytesFilled >= first.minimumFill) {
      s.pendingPullIntos.shift();
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        byteQueuePush(controller, copyBytes(new Uint8Array(first.buffer, end - remainder, remainder)));
      }
      first.bytesFilled -= remainder;
      byteControllerCommitPullInto(s.stream, first);
      byteControllerProcessPullIntosUsingQueue(controller);
    }
  }
  byteControllerCallPullIfNeeded(controller);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], close: undefined };
    if (isLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!isByteController(stream[kState].controller)) {
      throw invalidArgValue('stream', stream, TypeError, 'must be a byte stream');
    }
    readerGenericInitialize(this, stream);
  }

  read(view, options = {}) {
    if (!isBYOBReader(this)) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(invalidArgType('view', 'Buffer, TypedArray, or DataView', view));
    }
    if (view.byteLength === 0) return Promise.reject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    const min = options?.min ?? 1;
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const d = deferred();
    const stream = this[kState].stream;
    stream[kState].disturbed = true;
    const request = {
      chunk(v) { d.resolve({ value: v, done: false }); },
      close(v) { d.resolve({ value: v, done: true }); },
      error(e) { d.reject(e); },
    };
    if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
    else byteControllerPullInto(stream[kState].controller, view, min, request);
    return d.promise;
  }

  releaseLock() {
    if (!isBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readerGenericRelease(this);
    errorReadIntoRequests(this, invalidState('Releasing reader'));
  }

  get closed() {
    if (!isBYOBReader(this)) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBYOBReader(this)) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream,
      requestIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    }, depth, options);
  }
}
defineTag(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
enumerable(ReadableStreamBYOBReader, ['closed', 'read', 'releaseLock', 'cancel']);

// ---- from, tee, async iteration, pipeTo -----------------------------------------

function notIterable(v) {
  return coded(TypeError, 'ERR_ARG_NOT_ITERABLE', `${inspect(v)} must be iterable`);
}

function asyncIteratorOf(obj) {
  if (obj == null) throw notIterable(obj);
  let method = obj[Symbol.asyncIterator];
  if (method == null) {
    const sync = obj[Symbol.iterator];
    if (sync === undefined) throw notIterable(obj);
    const it = sync.call(obj);
    if (it === null || typeof it !== 'object') throw invalidState('The iterator method must return an object');
    const wrapped = asyncFromSyncIterator(it);
    return { iterator: wrapped, next: wrapped.next };
  }
  const it = method.call(obj);
  if (it === null || typeof it !== 'object') throw invalidState('The iterator method must return an object');
  return { iterator: it, next: it.next };
}

// asyncFromSyncIterator is the language's async-from-sync iterator: each
// result's value is awaited (goja runs no async generators in bindings).
function asyncFromSyncIterator(it) {
  const settle = (r) => {
    if (r === null || typeof r !== 'object') throw new TypeError(`Iterator result ${inspect(r)} is not an object`);
    const done = !!r.done;
    return Promise.resolve(r.value).then((value) => ({ value, done }));
  };
  return {
    next(v) {
      try {
        return settle(it.next(v));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    return(v) {
      try {
        const ret = it.return;
        if (ret == null) return Promise.resolve({ value: v, done: true });
        return settle(ret.call(it, v));
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };
}

function readableStreamFromIterable(iterable) {
  let stream;
  const record = asyncIteratorOf(iterable);
  async function pull() {
    const result = record.next.call(record.iterator);
    if (result === null || typeof result !== 'object') throw invalidState('The iterator.next() method must return an object');
    return Promise.resolve(result).then((r) => {
      if (r === null || typeof r !== 'object') {
        throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (r.done) defaultControllerClose(stream[kState].controller);
      else defaultControllerEnqueue(stream[kState].controller, r.value);
    });
  }
  async function cancel(reason) {
    const ret = record.iterator.return;
    if (ret === undefined) return Promise.resolve();
    return Promise.resolve(ret.call(record.iterator, reason)).then((r) => {
      if (r === null || typeof r !== 'object') {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
      return undefined;
    });
  }
  stream = createReadableStream(nonOpStart, pull, cancel, 0);
  return stream;
}

function readableStreamTee(stream) {
  if (isByteController(stream[kState].controller)) return byteStreamTee(stream);
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDone = deferred();

  async function pull() {
    if (reading) return;
    reading = true;
    defaultReaderRead(reader, {
      chunk(value) {
        queueMicrotask(() => {
          reading = false;
          if (!canceled1) defaultControllerEnqueue(branch1[kState].controller, value);
          if (!canceled2) defaultControllerEnqueue(branch2[kState].controller, value);
        });
      },
      close() {
        process.nextTick(() => {
          reading = false;
          if (!canceled1) defaultControllerClose(branch1[kState].controller);
          if (!canceled2) defaultControllerClose(branch2[kState].controller);
          if (!canceled1 || !canceled2) cancelDone.resolve();
        });
      },
      error() { reading = false; },
    });
  }
  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDone.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDone.promise;
  }
  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDone.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDone.promise;
  }
  branch1 = createReadableStream(nonOpStart, pull, cancel1);
  branch2 = createReadableStream(nonOpStart, pull, cancel2);
  reader[kState].close.promise.then(undefined, (e) => {
    defaultControllerError(branch1[kState].controller, e);
    defaultControllerError(branch2[kState].controller, e);
    if (!canceled1 || !canceled2) cancelDone.resolve();
  });
  return [branch1, branch2];
}

// A byte stream's tee gives two byte streams; each chunk is copied for the
// second branch. Reads go through a default reader.
function byteStreamTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDone = deferred();
  async function pull() {
    if (reading) return;
    reading = true;
    defaultReaderRead(reader, {
      chunk(value) {
        queueMicrotask(() => {
          reading = false;
          if (!canceled1) byteControllerEnqueue(branch1[kState].controller, value);
          if (!canceled2) byteControllerEnqueue(branch2[kState].controller, copyBytes(value));
        });
      },
      close() {
        reading = false;
        if (!canceled1) byteControllerClose(branch1[kState].controller);
        if (!canceled2) byteControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelDone.resolve();
      },
      error() { reading = false; },
    });
  }
  const cancel = (which) => (reason) => {
    if (which === 1) { canceled1 = true; reason1 = reason; } else { canceled2 = true; reason2 = reason; }
    if (canceled1 && canceled2) cancelDone.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDone.promise;
  };
  const make = (which) => new ReadableStream({ type: 'bytes', pull, cancel: cancel(which) });
  branch1 = make(1);
  branch2 = make(2);
  reader[kState].close.promise.then(undefined, (e) => {
    byteControllerError(branch1[kState].controller, e);
    byteControllerError(branch2[kState].controller, e);
    if (!canceled1 || !canceled2) cancelDone.resolve();
  });
  return [branch1, branch2];
}

// Node's iterator inherits from %AsyncIteratorPrototype%, which only an
// async generator reaches; this object stands in for it.
const AsyncIteratorPrototype = { [Symbol.asyncIterator]() { return this; } };

function readableStreamIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };
  let started = false;

  function nextSteps() {
    if (state.done) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not bound to a ReadableStream'));
    }
    const d = deferred();
    defaultReaderRead(reader, {
      chunk(value) {
        state.current = undefined;
        d.resolve({ value, done: false });
      },
      close() {
        state.current = undefined;
        state.done = true;
        defaultReaderRelease(reader);
        d.resolve({ done: true, value: undefined });
      },
      error(e) {
        state.current = undefined;
        state.done = true;
        defaultReaderRelease(reader);
        d.reject(e);
      },
    });
    return d.promise;
  }

  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw invalidState('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = readerGenericCancel(reader, value);
      readerGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    readerGenericRelease(reader);
    return { done: true, value };
  }

  return Object.setPrototypeOf({
    next() {
      if (!started) {
        state.current = Promise.resolve();
        started = true;
      }
      state.current = state.current !== undefined ? state.current.then(nextSteps, nextSteps) : nextSteps();
      return state.current;
    },
    return(value) {
      started = true;
      state.current = state.current !== undefined ?
        state.current.then(() => returnSteps(value), () => returnSteps(value)) : returnSteps(value);
      return state.current;
    },
    [Symbol.asyncIterator]() { return this; },
  }, AsyncIteratorPrototype);
}

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let reader;
  let writer;
  try {
    reader = new ReadableStreamDefaultReader(source);
    writer = new WritableStreamDefaultWriter(dest);
  } catch (e) {
    return Promise.reject(e);
  }
  source[kState].disturbed = true;
  let shuttingDown = false;
  let onAbort;
  const done = deferred();
  const state = { currentWrite: Promise.resolve() };

  function finalize(rejected, error) {
    writerRelease(writer);
    readerGenericRelease(reader);
    if (signal !== undefined && onAbort) signal.removeEventListener('abort', onAbort);
    if (rejected) done.reject(error);
    else done.resolve();
  }
  async function waitForCurrentWrite() {
    const write = state.currentWrite;
    await write;
    if (write !== state.currentWrite) await waitForCurrentWrite();
  }
  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => {
      action().then(() => finalize(rejected, originalError), (e) => finalize(true, e));
    };
    if (dest[kState].state === 'writable' && !closeQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(complete, (e) => finalize(true, e));
      return;
    }
    complete();
  }
  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !closeQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(() => finalize(rejected, error), (e) => finalize(true, e));
      return;
    }
    finalize(rejected, error);
  }
  function abortAlgorithm() {
    let error = signal.reason;
    if (error instanceof Error && error.name === 'AbortError' && !(error instanceof DOMException)) {
      error = new DOMException(error.message, 'AbortError');
    }
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ? writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAnAction(() => Promise.all(actions.map((a) => a())), true, error);
  }
  function watchErrored(stream, promise, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else promise.then(undefined, action);
  }
  function watchClosed(stream, promise, action) {
    if (stream[kState].state === 'closed') action();
    else promise.then(action, () => {});
  }
  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const d = deferred();
    defaultReaderRead(reader, {
      chunk(chunk) {
        state.currentWrite = writerWrite(writer, chunk);
        setHandled(state.currentWrite);
        d.resolve(false);
      },
      close() { d.resolve(true); },
      error(e) { d.reject(e); },
    });
    return d.promise;
  }
  async function run() {
    while (!await step());
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    onAbort = abortAlgorithm;
    signal.addEventListener('abort', onAbort, { once: true });
  }

  setHandled(run());

  watchErrored(source, reader[kState].close.promise, (error) => {
    if (!preventAbort) return shutdownWithAnAction(() => writableStreamAbort(dest, error), true, error);
    shutdown(true, error);
  });
  watchErrored(dest, writer[kState].close.promise, (error) => {
    if (!preventCancel) return shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    shutdown(true, error);
  });
  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) return shutdownWithAnAction(() => writerCloseWithErrorPropagation(writer));
    shutdown();
  });
  if (closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  return done.promise;
}

// ---- WritableStream ------------------------------------------------------------

const isWritableStream = brand('WritableStream');
const isWriter = brand('WritableStreamDefaultWriter');
const isWritableController = brand('WritableStreamDefaultController');

function writableState() {
  return {
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: none(), closeRequest: none(), inFlightCloseRequest: none(),
    pendingAbortRequest: { abort: none(), reason: undefined, wasAlreadyErroring: false },
    writeRequests: [], backpressure: false,
  };
}

class WritableStream {
  constructor(sink = null, strategy = {}) {
    validateObject(sink, 'sink', true);
    validateObject(strategy, 'strategy', true);
    const type = sink?.type;
    if (type !== undefined) throw invalidArgValue('type', type, RangeError);
    this[kType] = 'WritableStream';
    this[kState] = writableState();
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    setupWritableControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return isWritableLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return Promise.reject(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'WritableStream', { locked: this.locked, state: this[kState].state }, depth, options);
  }
}
defineTag(WritableStream, 'WritableStream');
enumerable(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  stream[kState] = writableState();
  setupWritableController(stream, new WritableStreamDefaultController(kSkip), start, write, close, abort, highWaterMark, size);
  return stream;
}

function isWritableLocked(stream) {
  return stream[kState].writer !== undefined;
}

function closeQueuedOrInFlight(stream) {
  return stream[kState].closeRequest.promise !== undefined || stream[kState].inFlightCloseRequest.promise !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest.promise !== undefined || stream[kState].inFlightCloseRequest.promise !== undefined;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kState].abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest.abort.promise !== undefined) return s.pendingAbortRequest.abort.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const abort = deferred();
  s.pendingAbortRequest = { abort, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return abort.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  s.closeRequest = deferred();
  const { promise } = s.closeRequest;
  if (s.writer !== undefined && s.backpressure && s.state === 'writable') s.writer[kState].ready.resolve?.();
  writableControllerClose(s.controller);
  return promise;
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.writer !== undefined && s.backpressure !== backpressure) {
    if (backpressure) s.writer[kState].ready = deferred();
    else s.writer[kState].ready.resolve?.();
  }
  s.backpressure = backpressure;
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) writerEnsureReadyPromiseRejected(s.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && s.controller[kState].started) writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  resetQueue(s.controller);
  const storedError = s.storedError;
  for (const r of s.writeRequests) r.reject(storedError);
  s.writeRequests = [];
  if (s.pendingAbortRequest.abort.promise === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = { abort: none(), reason: undefined, wasAlreadyErroring: false };
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.abort.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller[kState];
  const result = c.abortAlgorithm(abortRequest.reason);
  writableControllerClearAlgorithms(s.controller);
  result.then(() => {
    abortRequest.abort.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (e) => {
    abortRequest.abort.reject(e);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest.promise !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = none();
  }
  if (s.writer !== undefined) {
    setHandled(s.writer[kState].close.promise);
    s.writer[kState].close.reject?.(s.storedError);
  }
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = none();
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = none();
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = none();
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest.abort.promise !== undefined) {
      s.pendingAbortRequest.abort.resolve();
      s.pendingAbortRequest = { abort: none(), reason: undefined, wasAlreadyErroring: false };
    }
  }
  s.state = 'closed';
  if (s.writer !== undefined) s.writer[kState].close.resolve?.();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = none();
  if (s.pendingAbortRequest.abort.promise !== undefined) {
    s.pendingAbortRequest.abort.reject(error);
    s.pendingAbortRequest = { abort: none(), reason: undefined, wasAlreadyErroring: false };
  }
  writableStreamDealWithRejection(stream, error);
}

// ---- WritableStreamDefaultWriter ------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw invalidArgType('stream', 'WritableStream', stream);
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream: undefined, close: undefined, ready: undefined };
    setupWriter(this, stream);
  }

  get closed() {
    if (!isWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].close.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    const { stream } = this[kState];
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return writerWrite(this, chunk);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'WritableStreamDefaultWriter', {
      stream: this[kState].stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: this.desiredSize,
    }, depth, options);
  }
}
defineTag(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
enumerable(WritableStreamDefaultWriter, ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

function setupWriter(writer, stream) {
  if (isWritableLocked(stream)) throw invalidState('WritableStream is locked');
  const w = writer[kState];
  w.stream = stream;
  stream[kState].writer = writer;
  switch (stream[kState].state) {
    case 'writable':
      w.ready = !closeQueuedOrInFlight(stream) && stream[kState].backpressure ? deferred() : settled(Promise.resolve());
      w.close = deferred();
      break;
    case 'erroring':
      w.ready = settled(Promise.reject(stream[kState].storedError));
      setHandled(w.ready.promise);
      w.close = deferred();
      break;
    case 'closed':
      w.ready = settled(Promise.resolve());
      w.close = settled(Promise.resolve());
      break;
    default:
      w.ready = settled(Promise.reject(stream[kState].storedError));
      w.close = settled(Promise.reject(stream[kState].storedError));
      setHandled(w.ready.promise);
      setHandled(w.close.promise);
  }
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.pending) w.ready.reject(error);
  else w.ready = settled(Promise.reject(error));
  setHandled(w.ready.promise);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.close.pending) w.close.reject(error);
  else w.close = settled(Promise.reject(error));
  setHandled(w.close.promise);
}

function writerRelease(writer) {
  const { stream } = writer[kState];
  const error = invalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, error);
  writerEnsureClosedPromiseRejected(writer, error);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerGetDesiredSize(writer) {
  const { stream } = writer[kState];
  switch (stream[kState].state) {
    case 'errored':
    case 'erroring':
      return null;
    case 'closed':
      return 0;
  }
  const c = stream[kState].controller[kState];
  return c.highWaterMark - c.queueTotalSize;
}

function writerCloseWithErrorPropagation(writer) {
  const { stream } = writer[kState];
  const { state } = stream[kState];
  if (closeQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writerWrite(writer, chunk) {
  const { stream } = writer[kState];
  const controller = stream[kState].controller;
  const chunkSize = writableControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return Promise.reject(invalidState('Mismatched WritableStreams'));
  const { state } = stream[kState];
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') return Promise.reject(invalidState('WritableStream is closed'));
  if (state === 'erroring') return Promise.reject(stream[kState].storedError);
  const request = deferred();
  stream[kState].writeRequests.push(request);
  writableControllerWrite(controller, chunk, chunkSize);
  return request.promise;
}

// ---- WritableStreamDefaultController --------------------------------------------

class WritableStreamDefaultController {
  constructor(skip) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kType] = 'WritableStreamDefaultController';
  }

  get signal() {
    if (!isWritableController(this)) throw invalidThis('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isWritableController(this)) throw invalidThis('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableControllerError(this, error);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'WritableStreamDefaultController', { stream: this[kState].stream }, depth, options);
  }
}
defineTag(WritableStreamDefaultController, 'WritableStreamDefaultController');
enumerable(WritableStreamDefaultController, ['signal', 'error']);

function setupWritableControllerFromSink(stream, sink, highWaterMark, size) {
  const controller = new WritableStreamDefaultController(kSkip);
  const start = sink?.start;
  const write = sink?.write;
  const close = sink?.close;
  const abort = sink?.abort;
  setupWritableController(stream, controller,
    start ? start.bind(sink, controller) : nonOpStart,
    write ? promiseCallback('sink.write', write, sink) : nonOpWrite,
    close ? promiseCallback('sink.close', close, sink) : nonOpCancel,
    abort ? promiseCallback('sink.abort', abort, sink) : nonOpCancel,
    highWaterMark, size);
}

function setupWritableController(stream, controller, start, write, close, abort, highWaterMark, size) {
  controller[kState] = {
    stream, queue: [], queueTotalSize: 0, started: false, highWaterMark, sizeAlgorithm: size,
    writeAlgorithm: write, closeAlgorithm: close, abortAlgorithm: abort, abortController: new AbortController(),
  };
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(controller));
  const startResult = start();
  new Promise((r) => r(startResult)).then(() => {
    controller[kState].started = true;
    writableControllerAdvanceQueueIfNeeded(controller);
  }, (e) => {
    controller[kState].started = true;
    writableStreamDealWithRejection(stream, e);
  });
}

function writableControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function writableControllerGetBackpressure(controller) {
  const c = controller[kState];
  return c.highWaterMark - c.queueTotalSize <= 0;
}

function writableControllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.sizeAlgorithm === undefined) return 1;
  try {
    return c.sizeAlgorithm.call(undefined, chunk);
  } catch (e) {
    writableControllerErrorIfNeeded(controller, e);
    return 1;
  }
}

function writableControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') writableControllerError(controller, error);
}

function writableControllerError(controller, error) {
  writableControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller[kState].stream, error);
}

function writableControllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  writableControllerAdvanceQueueIfNeeded(controller);
}

function writableControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (e) {
    writableControllerErrorIfNeeded(controller, e);
    return;
  }
  const { stream } = controller[kState];
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(controller));
  }
  writableControllerAdvanceQueueIfNeeded(controller);
}

function writableControllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const { stream } = c;
  if (!c.started || stream[kState].inFlightWriteRequest.promise !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (!c.queue.length) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) writableControllerProcessClose(controller);
  else writableControllerProcessWrite(controller, value);
}

function writableControllerProcessClose(controller) {
  const c = controller[kState];
  const { stream } = c;
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = none();
  dequeueValue(controller);
  const sinkClosePromise = c.closeAlgorithm();
  writableControllerClearAlgorithms(controller);
  sinkClosePromise.then(
    () => writableStreamFinishInFlightClose(stream),
    (e) => writableStreamFinishInFlightCloseWithError(stream, e));
}

function writableControllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const { stream } = c;
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
  c.writeAlgorithm(chunk, controller).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const { state } = stream[kState];
    dequeueValue(controller);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(controller));
    }
    writableControllerAdvanceQueueIfNeeded(controller);
  }, (e) => {
    if (stream[kState].state === 'writable') writableControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, e);
  });
}

// ---- TransformStream -------------------------------------------------------------

const isTransformStream = brand('TransformStream');
const isTransformController = brand('TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    validateObject(transformer, 'transformer', false);
    validateObject(writableStrategy, 'writableStrategy', true);
    validateObject(readableStrategy, 'readableStrategy', true);
    const readableType = transformer?.readableType;
    const writableType = transformer?.writableType;
    const start = transformer?.start;
    if (readableType !== undefined) throw invalidArgValue('transformer.readableType', readableType, RangeError);
    if (writableType !== undefined) throw invalidArgValue('transformer.writableType', writableType, RangeError);
    const readableHWM = extractHighWaterMark(readableStrategy?.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy?.size);
    const writableHWM = extractHighWaterMark(writableStrategy?.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy?.size);
    this[kType] = 'TransformStream';
    const startPromise = deferred();
    initializeTransformStream(this, startPromise, writableHWM, writableSize, readableHWM, readableSize);
    setupTransformControllerFromTransformer(this, transformer);
    if (start !== undefined) startPromise.resolve(start.call(transformer, this[kState].controller));
    else startPromise.resolve();
  }

  get readable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].writable;
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'TransformStream', {
      readable: this.readable, writable: this.writable, backpressure: this[kState].backpressure,
    }, depth, options);
  }
}
defineTag(TransformStream, 'TransformStream');
enumerable(TransformStream, ['readable', 'writable']);

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const start = () => startPromise.promise;
  const writable = createWritableStream(start,
    (chunk) => transformSinkWrite(stream, chunk),
    () => transformSinkClose(stream),
    (reason) => transformSinkAbort(stream, reason),
    writableHWM, writableSize);
  const readable = createReadableStream(start,
    () => transformSourcePull(stream),
    (reason) => transformSourceCancel(stream, reason),
    readableHWM, readableSize);
  stream[kState] = { readable, writable, controller: undefined, backpressure: undefined, backpressureChange: none() };
  transformSetBackpressure(stream, true);
}

function transformError(stream, error) {
  defaultControllerError(stream[kState].readable[kState].controller, error);
  transformErrorWritableAndUnblockWrite(stream, error);
}

function transformErrorWritableAndUnblockWrite(stream, error) {
  transformControllerClearAlgorithms(stream[kState].controller);
  writableControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  transformUnblockWrite(stream);
}

function transformUnblockWrite(stream) {
  if (stream[kState].backpressure) transformSetBackpressure(stream, false);
}

function transformSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange.promise !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = deferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(skip) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    if (!isTransformController(this)) throw invalidThis('TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return defaultControllerDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    if (!isTransformController(this)) throw invalidThis('TransformStreamDefaultController');
    transformControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformController(this)) throw invalidThis('TransformStreamDefaultController');
    transformError(this[kState].stream, reason);
  }

  terminate() {
    if (!isTransformController(this)) throw invalidThis('TransformStreamDefaultController');
    transformControllerTerminate(this);
  }

  [customInspect](depth, options) {
    return showAs.call(this, 'TransformStreamDefaultController', { stream: this[kState].stream }, depth, options);
  }
}
defineTag(TransformStreamDefaultController, 'TransformStreamDefaultController');
enumerable(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

async function defaultTransform(chunk, controller) {
  transformControllerEnqueue(controller, chunk);
}

function setupTransformControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kSkip);
  const transform = transformer?.transform;
  const flush = transformer?.flush;
  const cancel = transformer?.cancel;
  controller[kState] = {
    stream,
    transformAlgorithm: transform ? promiseCallback('transformer.transform', transform, transformer) : defaultTransform,
    flushAlgorithm: flush ? promiseCallback('transformer.flush', flush, transformer) : nonOpFlush,
    cancelAlgorithm: cancel ? promiseCallback('transformer.cancel', cancel, transformer) : nonOpCancel,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function transformControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformControllerEnqueue(controller, chunk) {
  const { stream } = controller[kState];
  const { readable } = stream[kState];
  const readableController = readable[kState].controller;
  if (!canCloseOrEnqueue(readableController)) throw invalidState('Unable to enqueue');
  try {
    defaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    transformErrorWritableAndUnblockWrite(stream, e);
    throw readable[kState].storedError;
  }
  const backpressure = defaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformSetBackpressure(stream, true);
}

async function transformControllerPerformTransform(controller, chunk) {
  try {
    return await controller[kState].transformAlgorithm(chunk, controller);
  } catch (e) {
    transformError(controller[kState].stream, e);
    throw e;
  }
}

function transformControllerTerminate(controller) {
  const { stream } = controller[kState];
  defaultControllerClose(stream[kState].readable[kState].controller);
  transformErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformSinkWrite(stream, chunk) {
  const { controller } = stream[kState];
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const { writable } = stream[kState];
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformControllerPerformTransform(controller, chunk);
    });
  }
  return transformControllerPerformTransform(controller, chunk);
}

async function transformSinkAbort(stream, reason) {
  const { controller, readable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const d = deferred();
  controller[kState].finishPromise = d.promise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      d.reject(readable[kState].storedError);
    } else {
      defaultControllerError(readable[kState].controller, reason);
      d.resolve();
    }
  }, (e) => {
    defaultControllerError(readable[kState].controller, e);
    d.reject(e);
  });
  return controller[kState].finishPromise;
}

function transformSinkClose(stream) {
  const { controller, readable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const d = deferred();
  controller[kState].finishPromise = d.promise;
  const flushPromise = controller[kState].flushAlgorithm(controller);
  transformControllerClearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      d.reject(readable[kState].storedError);
    } else {
      defaultControllerClose(readable[kState].controller);
      d.resolve();
    }
  }, (e) => {
    defaultControllerError(readable[kState].controller, e);
    d.reject(e);
  });
  return controller[kState].finishPromise;
}

function transformSourcePull(stream) {
  transformSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformSourceCancel(stream, reason) {
  const { controller, writable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const d = deferred();
  controller[kState].finishPromise = d.promise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      d.reject(writable[kState].storedError);
    } else {
      writableControllerErrorIfNeeded(writable[kState].controller, reason);
      transformUnblockWrite(stream);
      d.resolve();
    }
  }, (e) => {
    writableControllerErrorIfNeeded(writable[kState].controller, e);
    transformUnblockWrite(stream);
    d.reject(e);
  });
  return controller[kState].finishPromise;
}

// ---- TextEncoderStream, TextDecoderStream --------------------------------------------

const kHandle = Symbol('kHandle');
const kTransform = Symbol('kTransform');
const kPendingHigh = Symbol('kPendingHigh');

function encoderStreamCheck(v) {
  if (v == null || typeof v !== 'object' || v[kType] !== 'TextEncoderStream') throw invalidThis('TextEncoderStream');
}
function decoderStreamCheck(v) {
  if (v == null || typeof v !== 'object' || v[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
}

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    this[kPendingHigh] = null;
    this[kHandle] = new TextEncoder();
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        // The standard's "encode and enqueue a chunk": a lone high surrogate
        // at the end waits for the next chunk.
        chunk = String(chunk);
        let out = '';
        for (let i = 0; i < chunk.length; i++) {
          const unit = chunk.charCodeAt(i);
          const item = chunk[i];
          if (this[kPendingHigh] !== null) {
            const high = this[kPendingHigh];
            this[kPendingHigh] = null;
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
              out += high + item;
              continue;
            }
            out += '\uFFFD';
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            this[kPendingHigh] = item;
            continue;
          }
          if (unit >= 0xDC00 && unit <= 0xDFFF) {
            out += '\uFFFD';
            continue;
          }
          out += item;
        }
        if (out) controller.enqueue(this[kHandle].encode(out));
      },
      flush: (controller) => {
        if (this[kPendingHigh] !== null) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }
  get encoding() { encoderStreamCheck(this); return this[kHandle].encoding; }
  get readable() { encoderStreamCheck(this); return this[kTransform].readable; }
  get writable() { encoderStreamCheck(this); return this[kTransform].writable; }
  [customInspect](depth, options) {
    encoderStreamCheck(this);
    return showAs.call(this, 'TextEncoderStream', {
      encoding: this[kHandle].encoding, readable: this[kTransform].readable, writable: this[kTransform].writable,
    }, depth, options);
  }
}
enumerable(TextEncoderStream, ['encoding', 'readable', 'writable']);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    this[kType] = 'TextDecoderStream';
    this[kHandle] = new TextDecoder(encoding, options);
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        const value = this[kHandle].decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this[kHandle].decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }
  get encoding() { decoderStreamCheck(this); return this[kHandle].encoding; }
  get fatal() { decoderStreamCheck(this); return this[kHandle].fatal; }
  get ignoreBOM() { decoderStreamCheck(this); return this[kHandle].ignoreBOM; }
  get readable() { decoderStreamCheck(this); return this[kTransform].readable; }
  get writable() { decoderStreamCheck(this); return this[kTransform].writable; }
  [customInspect](depth, options) {
    decoderStreamCheck(this);
    return showAs.call(this, 'TextDecoderStream', {
      encoding: this[kHandle].encoding, fatal: this[kHandle].fatal, ignoreBOM: this[kHandle].ignoreBOM,
      readable: this[kTransform].readable, writable: this[kTransform].writable,
    }, depth, options);
  }
}
enumerable(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

// ---- CompressionStream, DecompressionStream ---------------------------------------

// duplexPair makes a readable and a writable web stream over a node Duplex
// (a zlib stream), as node's newReadableWritablePairFromDuplex does.
function duplexPair(duplex) {
  let finished = false;
  const readable = new ReadableStream({
    start(c) {
      duplex.on('data', (d) => c.enqueue(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)));
      duplex.once('end', () => { if (!finished) { finished = true; c.close(); } });
      duplex.once('error', (e) => { if (!finished) { finished = true; c.error(e); } });
    },
    cancel(reason) { duplex.destroy(reason); },
  });
  const writable = new WritableStream({
    write(chunk) {
      return new Promise((resolve, reject) => duplex.write(chunk, (err) => (err ? reject(err) : resolve())));
    },
    close() {
      return new Promise((resolve, reject) => {
        duplex.once('error', reject);
        duplex.end(() => resolve());
      });
    },
    abort(reason) { duplex.destroy(reason); },
  });
  return { readable, writable };
}

function zlibOf(kind) {
  return require('zlib')[kind]();
}

const kCompress = Symbol('kCompress');
function compressCheck(v, type) {
  if (v == null || typeof v !== 'object' || v[kType] !== type) throw invalidThis(type);
}

class CompressionStream {
  constructor(format) {
    const kind = { deflate: 'createDeflate', 'deflate-raw': 'createDeflateRaw', gzip: 'createGzip' }[format];
    if (typeof format !== 'string' || kind === undefined) throw invalidArgValue('format', format);
    this[kType] = 'CompressionStream';
    this[kCompress] = duplexPair(zlibOf(kind));
  }
  get readable() { compressCheck(this, 'CompressionStream'); return this[kCompress].readable; }
  get writable() { compressCheck(this, 'CompressionStream'); return this[kCompress].writable; }
  [customInspect](depth, options) {
    return showAs.call(this, 'CompressionStream', { readable: this.readable, writable: this.writable }, depth, options);
  }
}
defineTag(CompressionStream, 'CompressionStream');
enumerable(CompressionStream, ['readable', 'writable']);

class DecompressionStream {
  constructor(format) {
    const kind = { deflate: 'createInflate', 'deflate-raw': 'createInflateRaw', gzip: 'createGunzip' }[format];
    if (typeof format !== 'string' || kind === undefined) throw invalidArgValue('format', format);
    this[kType] = 'DecompressionStream';
    this[kCompress] = duplexPair(zlibOf(kind));
  }
  get readable() { compressCheck(this, 'DecompressionStream'); return this[kCompress].readable; }
  get writable() { compressCheck(this, 'DecompressionStream'); return this[kCompress].writable; }
  [customInspect](depth, options) {
    return showAs.call(this, 'DecompressionStream', { readable: this.readable, writable: this.writable }, depth, options);
  }
}
defineTag(DecompressionStream, 'DecompressionStream');
enumerable(DecompressionStream, ['readable', 'writable']);

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};
