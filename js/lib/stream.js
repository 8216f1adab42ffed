// stream: node's streams — Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished — with node 20's state machines, so the
// events come in node's order and on node's ticks: 'end', 'finish',
// 'close', 'error', 'readable' and resumption are all deferred with
// process.nextTick exactly where node defers them (lib/internal/streams/).
'use strict';

const EE = require('events');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');

const kConstruct = Symbol('kConstruct');
const kDestroy = Symbol('kDestroy');
const kPaused = Symbol('kPaused');
const kOnFinished = Symbol('kOnFinished');
const kIsDestroyed = Symbol('kIsDestroyed');
const kCallback = Symbol('kCallback');
const nop = () => {};

let defaultHWM = 16 * 1024;
let defaultObjectHWM = 16;

// ---- errors -------------------------------------------------------------

const nodeError = internal.codedError; // (Ctor, code, message): lib/bootstrap.js
const errors = {
  pushAfterEOF: () => nodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
  unshiftAfterEnd: () => nodeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
  notImplemented: (m) => nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + m + ' method is not implemented'),
  writeAfterEnd: () => nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  destroyed: (m) => nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + m + ' after a stream was destroyed'),
  nullValues: () => nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  multipleCallback: () => nodeError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
  alreadyFinished: (m) => nodeError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + m + ' after a stream was finished'),
  prematureClose: () => nodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
  missingArgs: (name) => nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified'),
  badChunk: (chunk) => nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ' +
    internal.describe(chunk)),
  unknownEncoding: (enc) => nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc),
};

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw internal.invalidArgType(name, 'function', fn);
}

function once(fn) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return fn.apply(this, args);
  };
}

// ---- state helpers (lib/internal/streams/state.js) -------------------------

function getHighWaterMark(options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex && options.highWaterMark == null ? 'options.' + duplexKey : 'options.highWaterMark';
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property '" + name + "' is invalid. Received " + internal.inspect(hwm));
    }
    return Math.floor(hwm);
  }
  return null;
}

function getDefaultHighWaterMark(objectMode) { return objectMode ? defaultObjectHWM : defaultHWM; }
function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || value < 0 || !Number.isInteger(value)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. It must be >= 0. Received ' +
      internal.inspect(value));
  }
  if (objectMode) defaultObjectHWM = value;
  else defaultHWM = value;
}

// ---- the utilities end-of-stream and pipeline use (utils.js) ---------------

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}
function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}
function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}
function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}
function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}
function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return w && w.errored != null ? w.errored : null;
}
function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return r && r.errored != null ? r.errored : null;
}
function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState, r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return (w && w.closed) || (r && r.closed);
  }
  return null;
}
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}
function isErrored(stream) {
  return !!(stream && (stream.errored || stream.readableErrored || stream.writableErrored ||
    (stream._writableState && stream._writableState.errorEmitted) ||
    (stream._readableState && stream._readableState.errorEmitted)));
}
function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}
const kIsReadable = Symbol.for('nodejs.stream.readable');

// ---- destroy (destroy.js) ------------------------------------------------

function checkError(err, w, r) {
  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroy(err, cb) {
  const r = this._readableState, w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function (er) { destroyNow(this, aggregateTwoErrors(er, err), cb); });
  } else {
    destroyNow(this, err, cb);
  }
  return this;
}

function destroyNow(self, err, cb) {
  let called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    const r = self._readableState, w = self._writableState;
    checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState, w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState, w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const r = this._readableState, w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState, w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState, w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return; // a Duplex: the second side
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : errors.multipleCallback());
      return;
    }
    called = true;
    const r = stream._readableState, w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => { process.nextTick(onConstruct, err); });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

// destroyer ends a stream pipeline gave up on, as node's does.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick((s, e) => s.emit('error', e), stream, err);
  else process.nextTick((s) => s.emit('close'), stream);
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

function addAbortSignal(signal, stream) {
  if (!signal || typeof signal !== 'object' || !('aborted' in signal)) {
    throw internal.invalidArgType('signal', 'AbortSignal', signal);
  }
  if (!isNodeStream(stream)) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received ' + internal.describe(stream));
  }
  const onAbort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) onAbort();
  else {
    signal.addEventListener('abort', onAbort, { once: true });
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

// ---- legacy Stream ---------------------------------------------------------

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

// The pipe of streams that are only EventEmitters (lib/internal/streams/legacy.js).
// eventNames as node's legacy Stream: the events with a listener (a
// stream's _events may hold keys with none).
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  for (const key of Reflect.ownKeys(this._events || {})) {
    const v = this._events[key];
    if (typeof v === 'function' || (Array.isArray(v) && v.length > 0)) names.push(key);
  }
  return names;
};

Stream.prototype.pipe = function (dest, options) {
  const source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (EE.listenerCount ? EE.listenerCount(this, 'error') === 0 : this.listenerCount('error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}

// ---- Readable --------------------------------------------------------------

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  const hwm = options ? getHighWaterMark(options, 'readableHighWaterMark', isDuplex) : null;
  this.highWaterMark = hwm !== null ? hwm : getDefaultHighWaterMark(this.objectMode);
  // The buffered chunks are buffer[bufferIndex:]; consumed slots are null.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}
Object.defineProperty(ReadableState.prototype, 'pipesCount', { get() { return this.pipes.length; } });
Object.defineProperty(ReadableState.prototype, 'paused', {
  get() { return this[kPaused] !== false; },
  set(v) { this[kPaused] = !!v; },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this, () => {
    if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };
Readable.prototype[EE.captureRejectionSymbol] = function (err) { this.destroy(err); };

Readable.prototype.push = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};
Readable.prototype.unshift = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      err = errors.badChunk(chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, errors.unshiftAfterEnd());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, errors.pushAfterEOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (!addToFront) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function (enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (const data of state.buffer.slice(state.bufferIndex)) content += decoder.write(data);
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "size" is out of range. It must be <= 1GiB. Received ' + n);
  }
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function (n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (error) {
      errorOrDestroy(this, error);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    if (state.length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function (n) {
  throw errors.notImplemented('_read()');
};

Readable.prototype.pipe = function (dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);
  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() { dest.end(); }
  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);
  function unpipe() { src.unpipe(dest); }
  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function (dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

Readable.prototype.on = function (ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) { self.read(0); }

Readable.prototype.resume = function () {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Readable.prototype.wrap = function (stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => this.push(null));
  stream.on('error', (err) => errorOrDestroy(this, err));
  stream.on('close', () => this.destroy());
  stream.on('destroy', () => this.destroy());
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

// fromList takes n bytes (characters with a decoder; one object in object
// mode) off the front of the buffer, as node 20.20's does — including its
// test of n against the number of buffered chunks where the string branch
// means the chunk's length, which programs can observe.
function fromList(n, state) {
  if (state.length === 0) return null;
  let idx = state.bufferIndex;
  let ret;
  const buf = state.buffer;
  const len = buf.length;
  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    if (state.decoder) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = Buffer.alloc(0);
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let at = 0;
      while (idx < len) {
        ret.set(buf[idx], at);
        at += buf[idx].length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder) {
    ret = '';
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === buf.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    const total = n;
    while (idx < len) {
      const data = buf[idx];
      if (n > data.length) {
        ret.set(data, total - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, total - n);
          buf[idx++] = null;
        } else {
          ret.set(internal.bufView(data.buffer, data.byteOffset, n), total - n);
          buf[idx] = internal.bufView(data.buffer, data.byteOffset + n, data.length - n);
        }
        break;
      }
    }
  }
  if (idx === len) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      const w = stream._writableState;
      const auto = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (auto) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.prototype[Symbol.asyncIterator] = function () {
  return createAsyncIterator(this);
};
Readable.prototype.iterator = function (options) {
  return createAsyncIterator(this, options);
};

// createAsyncIterator is node's async generator over read(), written as an
// iterator object (goja has no async generators): like a generator it
// starts on the first next(), each next() reads a chunk or waits for
// 'readable' or the end, and calls queue behind one another.
function createAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  let wake = nop;
  function onReadable() {
    wake();
    wake = nop;
  }
  let error; // undefined: running; null: ended cleanly; else the error
  let cleanup = nop;
  let started = false;
  let done = false;
  function start() {
    started = true;
    stream.on('readable', onReadable);
    cleanup = eos(stream, { writable: false }, (err) => {
      error = err ? aggregateTwoErrors(error, err) : null;
      wake();
      wake = nop;
    });
  }
  function finish() {
    if (done) return;
    done = true;
    if (!started) return;
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      cleanup();
    }
  }
  function step() {
    if (done) return Promise.resolve({ value: undefined, done: true });
    if (!started) start();
    const chunk = stream.destroyed ? null : stream.read();
    if (chunk !== null) return Promise.resolve({ value: chunk, done: false });
    if (error) {
      const err = error;
      finish();
      return Promise.reject(err);
    }
    if (error === null) {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => { wake = resolve; }).then(step);
  }
  // Calls run one at a time; one made while another waits runs after it.
  let busy = null;
  function run(op) {
    const p = busy ? busy.then(op, op) : op();
    const settled = p.then(nop, nop);
    busy = settled;
    settled.then(() => {
      if (busy === settled) busy = null;
    });
    return p;
  }
  return {
    next() { return run(step); },
    return(value) {
      return run(() => {
        finish();
        return Promise.resolve({ value, done: true });
      });
    },
    throw(err) {
      return run(() => {
        if (!started || done) {
          done = true;
          return Promise.reject(err);
        }
        error = aggregateTwoErrors(error, err);
        finish();
        return Promise.reject(error);
      });
    },
    [Symbol.asyncIterator]() { return this; },
    stream,
  };
}

Readable.prototype.compose = function compose(stream, options) {
  void stream;
  void options;
  throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The compose() method is not implemented');
};

Readable.prototype.toArray = function toArray(options) {
  const out = [];
  const it = createAsyncIterator(this);
  const signal = options && options.signal;
  return new Promise((resolve, reject) => {
    function next() {
      if (signal && signal.aborted) {
        reject(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
      it.next().then((r) => {
        if (r.done) resolve(out);
        else {
          out.push(r.value);
          next();
        }
      }, reject);
    }
    next();
  });
};

Readable.prototype.forEach = function forEach(fn, options) {
  return promised(() => forEachNow(this, fn, options));
};
function forEachNow(stream, fn, options) {
  validateMapper(fn);
  validateOpts(options, true);
  const it = createAsyncIterator(stream);
  const signal = options && options.signal;
  return new Promise((resolve, reject) => {
    function next() {
      if (signal && signal.aborted) {
        const err = new AbortError(undefined, { cause: signal.reason });
        it.return().then(() => reject(err), () => reject(err));
        return;
      }
      it.next().then((r) => {
        if (r.done) return resolve(undefined);
        new Promise((res) => res(fn(r.value, { signal: options && options.signal }))).then(next, (e) => {
          it.return().then(() => reject(e), () => reject(e));
        });
      }, reject);
    }
    next();
  });
}

// ---- the iterator helpers (node 20's experimental operators) --------------------
// Each runs over the stream's async iterator one chunk at a time; the ones
// that produce a stream return Readable.from of a hand-written async
// iterator.

function asyncSource(nextFn, onReturn) {
  let done = false;
  return {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      return nextFn().then((r) => {
        if (r.done) done = true;
        return r;
      }, (err) => {
        done = true;
        throw err;
      });
    },
    return() {
      done = true;
      return Promise.resolve(onReturn()).then(() => ({ value: undefined, done: true }));
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// A signal that has aborted ends the operator with AbortError at its next pull.
function operatorStream(stream, step, signal) {
  const it = createAsyncIterator(stream);
  const pull = () => {
    if (signal && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    return it.next().then((r) => (r.done ? r : step(r.value, pull)));
  };
  return Readable.from(asyncSource(pull, () => it.return()));
}

// validateOpts checks an operator's options: an object and an AbortSignal;
// for the operators node builds on map() (concurrent), also an integer
// concurrency (>= 1) and highWaterMark (>= 0).
function validateOpts(options, concurrent = false) {
  if (options != null && (typeof options !== 'object' || Array.isArray(options))) throw internal.invalidArgType('options', 'object', options);
  const signal = options ? options.signal : undefined;
  if (signal != null && (typeof signal !== 'object' || !('aborted' in signal))) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.signal" property must be an instance of AbortSignal. Received ' + internal.describe(signal));
  }
  if (!concurrent) return { signal };
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateOperatorInteger(concurrency, 'options.concurrency', 1);
  validateOperatorInteger(highWaterMark, 'options.highWaterMark', 0);
  return { signal };
}
function validateOperatorInteger(n, name, min) {
  if (typeof n !== 'number') throw internal.invalidArgType(name, 'number', n);
  if (!Number.isInteger(n)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be an integer. Received ' + internal.inspect(n));
  }
  if (n < min || n > Number.MAX_SAFE_INTEGER) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be >= ' + min + ' && <= 9007199254740991. Received ' + internal.inspect(n));
  }
}

function validateMapper(fn, name = 'fn') {
  if (typeof fn !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "' + name + '" argument must be of type function or an instance of AsyncFunction. Received ' +
      internal.describe(fn));
  }
}

// promised runs body, turning a synchronous throw into a rejection (these
// operators are async functions in node).
function promised(body) {
  try {
    return body();
  } catch (err) {
    return Promise.reject(err);
  }
}

Readable.prototype.map = function map(fn, options) {
  validateMapper(fn);
  const opts = validateOpts(options, true);
  return operatorStream(this, (v) => Promise.resolve(fn(v, opts)).then((value) => ({ value, done: false })), opts.signal);
};
Readable.prototype.filter = function filter(fn, options) {
  validateMapper(fn);
  const opts = validateOpts(options, true);
  return operatorStream(this, (v, pull) => Promise.resolve(fn(v, opts)).then((keep) => (keep ? { value: v, done: false } : pull())), opts.signal);
};
Readable.prototype.flatMap = function flatMap(fn, options) {
  validateMapper(fn);
  const opts = validateOpts(options, true);
  let inner = null;
  const it = createAsyncIterator(this);
  const pull = () => {
    if (inner) {
      return Promise.resolve(inner.next()).then((r) => {
        if (!r.done) return { value: r.value, done: false };
        inner = null;
        return pull();
      });
    }
    return it.next().then((r) => {
      if (r.done) return r;
      return Promise.resolve(fn(r.value, opts)).then((res) => {
        inner = typeof res[Symbol.asyncIterator] === 'function' ? res[Symbol.asyncIterator]() : res[Symbol.iterator]();
        return pull();
      });
    });
  };
  return Readable.from(asyncSource(pull, () => it.return()));
};
function validateCount(n, name) {
  n = Number(n);
  if (Number.isNaN(n)) n = 0;
  if (n < 0) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be >= 0. Received ' + n);
  }
  return Math.trunc(n);
}
Readable.prototype.take = function take(number, options = undefined) {
  let left = validateCount(number, 'number');
  validateOpts(options);
  const it = createAsyncIterator(this);
  const pull = () => {
    if (left <= 0) return it.return().then(() => ({ value: undefined, done: true }));
    return it.next().then((r) => {
      if (!r.done) left--;
      return r;
    });
  };
  return Readable.from(asyncSource(pull, () => it.return()));
};
Readable.prototype.drop = function drop(number, options = undefined) {
  let skip = validateCount(number, 'number');
  validateOpts(options);
  return operatorStream(this, (v, pull) => {
    if (skip > 0) {
      skip--;
      return pull();
    }
    return { value: v, done: false };
  });
};

function consumeUntil(stream, fn, options, onHit, onEnd) {
  return promised(() => consumeUntilNow(stream, fn, options, onHit, onEnd));
}
function consumeUntilNow(stream, fn, options, onHit, onEnd) {
  validateMapper(fn);
  const opts = validateOpts(options, true);
  const it = createAsyncIterator(stream);
  return new Promise((resolve, reject) => {
    const next = () => it.next().then((r) => {
      if (r.done) return resolve(onEnd());
      return Promise.resolve(fn(r.value, opts)).then((res) => {
        const hit = onHit(res, r.value);
        if (hit !== undefined) return it.return().then(() => resolve(hit.value));
        next();
      });
    }).catch(reject);
    next();
  });
}
Readable.prototype.some = function some(fn, options = undefined) {
  return consumeUntil(this, fn, options, (res) => (res ? { value: true } : undefined), () => false);
};
Readable.prototype.every = function every(fn, options = undefined) {
  return consumeUntil(this, fn, options, (res) => (res ? undefined : { value: false }), () => true);
};
Readable.prototype.find = function find(fn, options) {
  return consumeUntil(this, fn, options, (res, v) => (res ? { value: v } : undefined), () => undefined);
};
Readable.prototype.reduce = function reduce(reducer, initialValue, options) {
  const hasInit = arguments.length > 1;
  return promised(() => reduceNow(this, reducer, initialValue, options, hasInit));
};
function reduceNow(stream, reducer, initialValue, options, hasInit) {
  validateMapper(reducer, 'reducer');
  const opts = validateOpts(options);
  let hasInitial = hasInit;
  let acc = initialValue;
  const it = createAsyncIterator(stream);
  return new Promise((resolve, reject) => {
    const next = () => it.next().then((r) => {
      if (r.done) {
        if (!hasInitial) {
          throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value');
        }
        return resolve(acc);
      }
      if (!hasInitial) {
        hasInitial = true;
        acc = r.value;
        return next();
      }
      return Promise.resolve(reducer(acc, r.value, opts)).then((v) => {
        acc = v;
        next();
      });
    }).catch(reject);
    next();
  });
}
Readable.prototype.asIndexedPairs = function asIndexedPairs(options = undefined) {
  let i = 0;
  validateOpts(options);
  return operatorStream(this, (v) => ({ value: [i++, v], done: false }));
};

function readableGetter(name, get, set) {
  const desc = { __proto__: null, enumerable: false, configurable: true, get };
  if (set) desc.set = set;
  Object.defineProperty(Readable.prototype, name, desc);
}
readableGetter('destroyed', function () {
  return this._readableState ? this._readableState.destroyed : false;
}, function (value) {
  if (this._readableState) this._readableState.destroyed = value;
});
readableGetter('readableEnded', function () { return this._readableState ? this._readableState.endEmitted : false; });
readableGetter('readable', function () {
  const r = this._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}, function (val) {
  if (this._readableState) this._readableState.readable = !!val;
});
readableGetter('readableDidRead', function () { return this._readableState.dataEmitted; });
readableGetter('readableAborted', function () {
  const r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});
readableGetter('readableHighWaterMark', function () { return this._readableState.highWaterMark; });
readableGetter('readableBuffer', function () { return this._readableState && this._readableState.buffer; });
readableGetter('readableFlowing', function () { return this._readableState.flowing; }, function (state) {
  if (this._readableState) this._readableState.flowing = state;
});
readableGetter('readableLength', function () { return this._readableState.length; });
readableGetter('readableObjectMode', function () { return this._readableState ? this._readableState.objectMode : false; });
readableGetter('readableEncoding', function () { return this._readableState ? this._readableState.encoding : null; });
readableGetter('errored', function () { return this._readableState ? this._readableState.errored : null; });
readableGetter('closed', function () { return this._readableState ? this._readableState.closed : false; });

// Readable.toWeb and Readable.fromWeb: node's adapters between a Readable
// and a web ReadableStream (stream/web, when registered).
Readable.toWeb = function toWeb(streamReadable, options) {
  if (streamReadable === null || typeof streamReadable !== 'object' || typeof streamReadable._readableState !== 'object') {
    // node's wording for a type name it does not know ("an stream.Readable").
    const err = new TypeError('The "streamReadable" argument must be an stream.Readable. Received ' + internal.describe(streamReadable));
    internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
    throw err;
  }
  const web = require('stream/web');
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new web.ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options?.strategy ||
    (objectMode ? new web.CountQueuingStrategy({ highWaterMark }) : new web.ByteLengthQueuingStrategy({ highWaterMark }));
  let controller;
  let wasCanceled = false;
  streamReadable.pause();
  const cleanup = eos(streamReadable, (error) => {
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const err = new Error('The operation was aborted', { cause: error });
      err.name = 'AbortError';
      err.code = 'ABORT_ERR';
      error = err;
    }
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    if (wasCanceled) return;
    controller.close();
  });
  streamReadable.on('data', (chunk) => {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  });
  return new web.ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      wasCanceled = true;
      destroyStream(streamReadable, reason);
    },
  }, strategy);
};

Readable.fromWeb = function fromWeb(readableStream, options) {
  if (options === undefined) options = {};
  const web = require('stream/web');
  if (!(readableStream instanceof web.ReadableStream)) throw webTypeError('readableStream', 'ReadableStream', readableStream);
  if (options === null || typeof options !== 'object') throw internal.invalidArgType('options', 'object', options);
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (typeof objectMode !== 'boolean') throw internal.invalidArgType('options.objectMode', 'boolean', objectMode);
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroyStream(readable, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (e) {
          process.nextTick(() => { throw e; });
        }
      };
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroyStream(readable, error);
  });
  return readable;
};

function webTypeError(name, type, value) {
  const err = new TypeError('The "' + name + '" argument must be an instance of ' + type + '. Received ' + internal.describe(value));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  return err;
}

Readable.from = function (iterable, opts) {
  return from(Readable, iterable, opts);
};
Readable.wrap = function (src, options) {
  return new Readable({ objectMode: src.readableObjectMode ?? src.objectMode ?? true, ...options,
    destroy(err, callback) {
      destroyer(src, err);
      callback(err);
    } }).wrap(src);
};
Readable._fromList = fromList;

// from is Readable.from: a Readable pulling from a sync or async iterable.
function from(Ctor, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Ctor({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let isAsync, iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "iterable" argument must be an instance of Iterable. Received ' + internal.describe(iterable));
  }
  const readable = new Ctor({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  readable._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };
  readable._destroy = function (error, cb) {
    close(error).then(() => process.nextTick(cb, error), (e) => process.nextTick(cb, e || error));
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }
  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const res = !isAsync && value && typeof value.then === 'function' ? await value : value;
          if (res === null) {
            reading = false;
            throw errors.nullValues();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

// ---- Writable --------------------------------------------------------------

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  const hwm = options ? getHighWaterMark(options, 'writableHighWaterMark', isDuplex) : null;
  this.highWaterMark = hwm !== null ? hwm : getDefaultHighWaterMark(this.objectMode);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  this.expectWriteCb = false;
  resetBuffer(this);
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};
Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
});

function Writable(options) {
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !(this instanceof Writable)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this, () => {
    const state = this._writableState;
    if (!state.writing) clearBuffer(this, state);
    if (state.ending) finishMaybe(this, state);
  });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, nodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
};

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw errors.nullValues();
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw errors.badChunk(chunk);
    }
  }
  let err;
  if (state.ending) err = errors.writeAfterEnd();
  else if (state.destroyed) err = errors.destroyed('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  this._writableState.corked++;
};

Writable.prototype.uncork = function () {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    state.expectWriteCb = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  // Measured after a synchronous _write has called back (node >= 20.10).
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  state.expectWriteCb = true;
  if (state.destroyed) state.onwrite(errors.destroyed('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  if (!state.expectWriteCb) {
    errorOrDestroy(stream, errors.multipleCallback());
    return;
  }
  const sync = state.sync;
  const cb = state.writecb || nop;
  state.expectWriteCb = false;
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      // One tick for a run of writes with the same callback; none at all
      // for callback-less writes unless 'drain' is due.
      // node 20.20 means "or destroyed" here but, by operator precedence,
      // tests the object-mode bit; its timing is what programs see.
      const needTick = (state.needDrain && state.length === 0) || state.objectMode || cb !== nop;
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          process.nextTick(afterWrite, stream, state, 1, cb);
          state.afterWritePending = true;
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else if (needTick) {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
        state.afterWritePending = true;
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    state.length -= state.objectMode ? 1 : chunk.length;
    callback(state.errored != null ? state.errored : errors.destroyed('write'));
  }
  callFinishedCallbacks(state, state.errored != null ? state.errored : errors.destroyed('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw errors.notImplemented('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk != null) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // the write's error is reported by its callback and errorOrDestroy
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = errors.alreadyFinished('end');
  } else if (state.destroyed) {
    err = errors.destroyed('end');
  }
  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
    state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
}

function onFinal(stream, state, err) {
  if (state.prefinished) {
    errorOrDestroy(stream, err != null ? err : errors.multipleCallback());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // 'finish' always comes a tick after _final's callback.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final((err) => onFinal(stream, state, err));
    } catch (err) {
      onFinal(stream, state, err);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function callFinishedCallbacks(state, err) {
  const callbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick((stream, state) => {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  callFinishedCallbacks(state, null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const r = stream._readableState;
    const auto = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (auto) stream.destroy();
  }
}

const writableProps = {
  closed: { get() { return this._writableState ? this._writableState.closed : false; } },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) { if (this._writableState) this._writableState.destroyed = value; },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) { if (this._writableState) this._writableState.writable = !!val; },
  },
  writableFinished: { get() { return this._writableState ? this._writableState.finished : false; } },
  writableObjectMode: { get() { return this._writableState ? this._writableState.objectMode : false; } },
  writableBuffer: { get() { return this._writableState && this._writableState.getBuffer(); } },
  writableEnded: { get() { return this._writableState ? this._writableState.ending : false; } },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: { get() { return this._writableState && this._writableState.highWaterMark; } },
  writableCorked: { get() { return this._writableState ? this._writableState.corked : 0; } },
  writableLength: { get() { return this._writableState && this._writableState.length; } },
  errored: { get() { return this._writableState ? this._writableState.errored : null; } },
  writableAborted: {
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
};
for (const k of Object.keys(writableProps)) {
  Object.defineProperty(Writable.prototype, k, { enumerable: false, configurable: true, ...writableProps[k] });
}

Writable.prototype.destroy = function (err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (err, cb) { cb(err); };
Writable.prototype[EE.captureRejectionSymbol] = function (err) { this.destroy(err); };

// ---- Duplex, Transform, PassThrough ------------------------------------------

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
// A Duplex is destroyed as a Writable is (pending write callbacks fail).
Duplex.prototype.destroy = Writable.prototype.destroy;
for (const k of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, k, { enumerable: false, configurable: true, ...writableProps[k] });
}
Object.defineProperty(Duplex.prototype, 'destroyed', {
  enumerable: false,
  configurable: true,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});
// duplexFromFunction is Duplex.from(fn): fn gets the written chunks as an
// async iterable (and { signal }, aborted on destroy); what it returns is
// the readable side when it is iterable, or, for a promise, the end of a
// writable-only Duplex (its 'finish' waits for the promise).
function duplexFromFunction(fn) {
  let pending = null; // the next write or end, as { chunk, done, cb }
  let waiting = null; // the source's resolve, while it waits for one
  const give = (item) => {
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      w(item);
    } else {
      pending = item;
    }
  };
  const take = () => {
    if (pending !== null) {
      const p = pending;
      pending = null;
      return Promise.resolve(p);
    }
    return new Promise((resolve) => { waiting = resolve; });
  };
  const ac = new AbortController();
  // The source as a hand-written async iterator (lib files cannot use
  // async generators: goja has none).
  let ended = false;
  const source = {
    [Symbol.asyncIterator]() { return this; },
    next() {
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return take().then(({ chunk, done, cb }) => {
        process.nextTick(cb);
        if (done) {
          ended = true;
          return { value: undefined, done: true };
        }
        if (ac.signal.aborted) throw abortErrorOf(ac.signal.reason);
        return { value: chunk, done: false };
      });
    },
    return() {
      ended = true;
      return Promise.resolve({ value: undefined, done: true });
    },
  };
  const value = fn(source, { signal: ac.signal });
  const write = (chunk, encoding, cb) => give({ chunk, done: false, cb });
  const final = (cb) => give({ done: true, cb });
  if (value != null && (typeof value[Symbol.asyncIterator] === 'function' || typeof value[Symbol.iterator] === 'function')) {
    const d = from(Duplex, value, { objectMode: true, write, final });
    const destroyIterable = d._destroy;
    d._destroy = function (err, cb) {
      ac.abort();
      destroyIterable.call(this, err, cb);
    };
    return d;
  }
  if (value != null && typeof value.then === 'function') {
    return new Duplex({
      objectMode: true,
      readable: false,
      write,
      final(cb) {
        final(() => Promise.resolve(value).then(() => process.nextTick(cb, null), (err) => process.nextTick(cb, err)));
      },
      destroy(err, cb) {
        ac.abort();
        cb(err);
      },
    });
  }
  throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "' + (fn.name || 'body') +
    '" function but got ' + internal.describe(value) + '.');
}

function abortErrorOf(reason) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (reason !== undefined) err.cause = reason;
  return err;
}

Duplex.from = function (body) {
  if (body instanceof Duplex) return body;
  if (typeof body === 'function') return duplexFromFunction(body);
  if (isReadableNodeStream(body) && !isWritableNodeStream(body)) return body;
  if (isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });
  if (typeof body === 'object' && body !== null && (body.readable || body.writable)) {
    const r = body.readable, w = body.writable;
    const d = new Duplex({ objectMode: true, readable: !!r, writable: !!w,
      read() { if (r) r.resume(); },
      write(chunk, enc, cb) { if (w.write(chunk, enc)) cb(); else w.once('drain', cb); },
      final(cb) { w.end(); eos(w, cb); } });
    if (r) {
      r.on('data', (c) => { if (!d.push(c)) r.pause(); });
      eos(r, (err) => { if (err) d.destroy(err); else d.push(null); });
    }
    return d;
  }
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "body" argument must be of type function or an instance of Blob, ReadableStream, WritableStream, Stream, ' +
    'Iterable, AsyncIterable, or Promise or { readable, writable } pair. Received ' + internal.describe(body));
};

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  const readableHighWaterMark = options ? getHighWaterMark(options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = { ...options, highWaterMark: null, readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0 };
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function transformFinal(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;
Transform.prototype._transform = function (chunk, encoding, callback) {
  throw errors.notImplemented('_transform()');
};
Transform.prototype._write = function (chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (rState.ended) {
      // push(null) from _transform: the callback waits a tick for that to settle.
      process.nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      this[kCallback] = callback;
    }
  });
};
Transform.prototype._read = function () {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

// ---- finished (end-of-stream.js) ---------------------------------------------

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw internal.invalidArgType('options', 'object', options);
  }
  validateFunction(callback, 'callback');
  callback = once(callback);
  if (!isNodeStream(stream)) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received ' + internal.describe(stream));
  }
  const readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
  const writable = options.writable != null ? options.writable : isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  let emitsClose = willEmitClose(stream) && isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => {
    callback.call(stream, err);
  };
  let closed = isClosed(stream);
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, errors.prematureClose());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, errors.prematureClose());
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };
  const isRequest = stream.setHeader && typeof stream.abort === 'function';
  if (isRequest) {
    stream.on('complete', onfinish);
    if (!emitsClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!emitsClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);
  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!emitsClose) process.nextTick(onclosed);
  } else if (!readable && (!emitsClose || isReadable(stream)) && (writableFinished || isWritable(stream) === false) &&
      (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    process.nextTick(onclosed);
  } else if (!writable && (!emitsClose || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }
  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      const originalCallback = callback;
      callback = once((...args) => {
        signal.removeEventListener('abort', abort);
        originalCallback.apply(stream, args);
      });
    }
  }
  return cleanup;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts && opts.cleanup) autoCleanup = true;
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}
eos.finished = finishedPromise;

// ---- pipeline (pipeline.js) -------------------------------------------------

function popCallback(streams) {
  const cb = streams[streams.length - 1];
  validateFunction(cb, 'streams[stream.length - 1]');
  return streams.pop();
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineDestroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => { finished = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => { finished = !err; });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyer(stream, err || errors.destroyed('pipe'));
    },
    cleanup,
  };
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw errors.missingArgs('streams');
  const ac = new AbortController();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;
  const lastStreamCleanup = [];
  function abort() {
    finishImpl(new AbortError());
  }
  if (outerSignal) outerSignal.addEventListener('abort', abort, { once: true });
  let error, value;
  const destroys = [];
  let finishCount = 0;
  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (outerSignal) outerSignal.removeEventListener('abort', abort);
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }
  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;
    if (isNodeStream(stream)) {
      if (end) {
        const d = pipelineDestroyer(stream, reading, writing);
        destroys.push(d.destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
      }
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) lastStreamCleanup.push(() => stream.removeListener('error', onError));
    }
    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
            'Expected Iterable, AsyncIterable or Stream to be returned from the "source" function.');
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = stream(isReadableNodeStream(ret) ? createAsyncIterator(ret) : ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) {
          throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
            'Expected AsyncIterable to be returned from the "transform[' + (i - 1) + ']" function.');
        }
      } else {
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
            'Expected AsyncIterable or Promise to be returned from the "destination" function.');
        }
        ret = pt;
        const d = pipelineDestroyer(ret, false, true);
        destroys.push(d.destroy);
        if (isLastStream) lastStreamCleanup.push(d.cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "val" argument must be an instance of Readable, Iterable, AsyncIterable, ReadableStream, or TransformStream. Received ' +
          internal.describe(ret));
      }
      ret = stream;
    } else {
      ret = Duplex.from(stream);
    }
  }
  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) process.nextTick(abort);
  return ret;
}

function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(errors.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    // A source that closed before 'end' but had ended cleanly still ends.
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored &&
        !rState.errorEmitted) {
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

// pumpToNode writes an (async) iterable into a writable stream, waiting for
// 'drain' whenever write() says so.
function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let wake = null;
  const resume = (err) => {
    if (err) error = err;
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const waitDrain = () => new Promise((resolve, reject) => {
    if (error) reject(error);
    else wake = () => (error ? reject(error) : resolve());
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  const iterator = typeof iterable[Symbol.asyncIterator] === 'function'
    ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  const done = (err) => {
    cleanup();
    writable.removeListener('drain', resume);
    finish(err);
  };
  function loop() {
    Promise.resolve(iterator.next()).then((r) => {
      if (r.done) {
        if (end) {
          writable.end();
          return new Promise((resolve, reject) => {
            eos(writable, { readable: false }, (err) => (err ? reject(err) : resolve()));
          }).then(() => done(), fail);
        }
        return done();
      }
      return Promise.resolve(r.value).then((chunk) => {
        if (!writable.write(chunk)) return waitDrain().then(loop);
        loop();
      });
    }).catch(fail);
  }
  function fail(err) {
    destroyer(writable, err);
    done(err);
  }
  loop();
}

// compose(...streams): one Duplex that writes into the first stream and
// reads from the last, the ones between piped as pipeline pipes them.
// Functions (async generators) become Duplexes with Duplex.from. An error
// anywhere destroys the composed stream.
function compose(...streams) {
  if (streams.length === 0) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
  }
  if (streams.length === 1) return Duplex.from(streams[0]);
  const parts = streams.map((s) => (isNodeStream(s) ? s : Duplex.from(s)));
  const head = parts[0];
  const tail = parts[parts.length - 1];
  const writable = isWritableNodeStream(head);
  const readable = isReadableNodeStream(tail);
  const d = Duplex.from({ writable: writable ? head : undefined, readable: readable ? tail : undefined });
  pipelineImpl(parts, (err) => { if (err) d.destroy(err); });
  return d;
}

// duplexPair: two Duplexes wired back to back — what one writes the other
// reads, and a write's callback waits until the other side reads.
const kOther = Symbol('kOther');
function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOther] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);
Object.defineProperty(DuplexSide, 'name', { value: 'DuplexSide' });
DuplexSide.prototype._read = function () {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};
DuplexSide.prototype._write = function (chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOther].push(chunk);
    this[kOther][kCallback] = callback;
  }
};
DuplexSide.prototype._final = function (callback) {
  this[kOther].on('end', callback);
  this[kOther].push(null);
};
function duplexPair(options) {
  const a = new DuplexSide(options), b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
}

// ---- the module ----------------------------------------------------------------

function destroyStream(stream, err) {
  destroyer(stream, err);
}

const promises = {
  pipeline(...streams) {
    return new Promise((resolve, reject) => {
      let signal, end;
      const last = streams[streams.length - 1];
      if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last)) {
        const options = streams.pop();
        signal = options.signal;
        end = options.end;
      }
      pipelineImpl(streams, (err, value) => {
        if (err) reject(err);
        else resolve(value);
      }, { signal, end });
    });
  },
  finished: finishedPromise,
};

// Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb: node's adapters
// between a Writable (or both sides of a Duplex) and a web WritableStream
// (stream/web, when registered), beside Readable's above.
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function streamArgError(name, type, value) {
  const err = new TypeError('The "' + name + '" argument must be an ' + type + '. Received ' + internal.describe(value));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  return err;
}

Writable.toWeb = function toWeb(streamWritable) {
  if (streamWritable === null || typeof streamWritable !== 'object' || typeof streamWritable._writableState !== 'object') {
    throw streamArgError('streamWritable', 'stream.Writable', streamWritable);
  }
  const web = require('stream/web');
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new web.WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new web.CountQueuingStrategy({ highWaterMark })
    : { highWaterMark };
  let controller;
  let backpressure; // a deferred while the Writable wants a 'drain'
  let closed; // a deferred once close() ended the Writable
  const onDrain = () => { if (backpressure !== undefined) backpressure.resolve(); };
  streamWritable.on('drain', onDrain);
  const cleanup = eos(streamWritable, (error) => {
    cleanup();
    streamWritable.removeListener('drain', onDrain);
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) { closed.reject(error); closed = undefined; }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) { closed.resolve(); closed = undefined; return; }
    if (controller) controller.error(errors.prematureClose());
    controller = undefined;
  });
  return new web.WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
      return undefined;
    },
    abort(reason) { destroyStream(streamWritable, reason); },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
};

Writable.fromWeb = function fromWeb(writableStream, options) {
  if (options === undefined) options = {};
  const web = require('stream/web');
  if (!(writableStream instanceof web.WritableStream)) throw webTypeError('writableStream', 'WritableStream', writableStream);
  if (options === null || typeof options !== 'object') throw internal.invalidArgType('options', 'object', options);
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  if (typeof objectMode !== 'boolean') throw internal.invalidArgType('options.objectMode', 'boolean', objectMode);
  if (typeof decodeStrings !== 'boolean') throw internal.invalidArgType('options.decodeStrings', 'boolean', decodeStrings);
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = Buffer.from(chunk, encoding);
      const done = (error) => {
        try { callback(error); } catch (e) { destroyStream(writable, e); }
      };
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    destroy(error, callback) {
      const done = () => {
        try { callback(error); } catch (e) { process.nextTick(() => { throw e; }); }
      };
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => {
        try { callback(error); } catch (e) { process.nextTick(() => destroyStream(writable, e)); }
      };
      if (!closed) writer.close().then(() => done(), done);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroyStream(writable, errors.prematureClose());
  }, (error) => {
    closed = true;
    destroyStream(writable, error);
  });
  return writable;
};

Duplex.toWeb = function toWeb(duplex) {
  if (duplex === null || typeof duplex !== 'object' || typeof duplex._readableState !== 'object' ||
      typeof duplex._writableState !== 'object') {
    throw streamArgError('duplex', 'stream.Duplex', duplex);
  }
  return { readable: Readable.toWeb(duplex), writable: Writable.toWeb(duplex) };
};

Duplex.fromWeb = function fromWeb(pair, options) {
  if (options === undefined) options = {};
  const web = require('stream/web');
  if (pair === null || typeof pair !== 'object') throw internal.invalidArgType('pair', 'object', pair);
  const propError = (name, type, v) => {
    const err = new TypeError('The "' + name + '" property must be an instance of ' + type + '. Received ' + internal.describe(v));
    internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
    return err;
  };
  if (!(pair.readable instanceof web.ReadableStream)) throw propError('pair.readable', 'ReadableStream', pair.readable);
  if (!(pair.writable instanceof web.WritableStream)) throw propError('pair.writable', 'WritableStream', pair.writable);
  if (options === null || typeof options !== 'object') throw internal.invalidArgType('options', 'object', options);
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  const reader = pair.readable.getReader();
  const writer = pair.writable.getWriter();
  let readClosed = false;
  let writeClosed = false;
  const duplex = new Duplex({
    allowHalfOpen, objectMode, encoding, decodeStrings, highWaterMark, signal,
    write(chunk, enc, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = Buffer.from(chunk, enc);
      const done = (error) => {
        try { callback(error); } catch (e) { destroyStream(duplex, e); }
      };
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    final(callback) {
      const done = (error) => {
        try { callback(error); } catch (e) { process.nextTick(() => destroyStream(duplex, e)); }
      };
      if (!writeClosed) writer.close().then(() => done(), done);
    },
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroyStream(duplex, error));
    },
    destroy(error, callback) {
      const done = () => {
        try { callback(error); } catch (e) { process.nextTick(() => { throw e; }); }
      };
      const waits = [];
      if (!writeClosed) waits.push(error != null ? writer.abort(error) : writer.close());
      if (!readClosed) waits.push(reader.cancel(error));
      if (waits.length) Promise.all(waits).then(done, done);
      else done();
    },
  });
  writer.closed.then(() => {
    writeClosed = true;
    if (!isWritableEnded(duplex)) destroyStream(duplex, errors.prematureClose());
  }, (error) => {
    writeClosed = true;
    readClosed = true;
    destroyStream(duplex, error);
  });
  reader.closed.then(() => { readClosed = true; }, (error) => {
    writeClosed = true;
    readClosed = true;
    destroyStream(duplex, error);
  });
  return duplex;
};

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = eos;
Stream.destroy = destroyStream;
Stream.addAbortSignal = addAbortSignal;
Stream.compose = compose;
Stream.duplexPair = duplexPair;
Stream.isDestroyed = isDestroyed;
Stream._isArrayBufferView = (v) => ArrayBuffer.isView(v);
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', { enumerable: true, configurable: true, get() { return promises; } });
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), { enumerable: true, get() { return promises.pipeline; } });
Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), { enumerable: true, get() { return promises.finished; } });
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
