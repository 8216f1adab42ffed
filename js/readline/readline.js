// readline: node's line reader over any Readable (process.stdin, a file
// stream). Lines split on \n, \r\n and \r (a \r\n split across chunks
// within crlfDelay counts once); the last unterminated line comes at the
// input's end. terminal mode (key handling, history, the cursor) is not
// emulated: a terminal is read line by line as a pipe is.
'use strict';

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const kQuestion = Symbol('question');

const { argType } = internal; // ERR_INVALID_ARG_TYPE (lib/bootstrap.js)

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal) err.cause = signal.reason;
  return err;
}

const lineEnding = /\r?\n|\r(?!\n)/;

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    // createInterface(options) or createInterface(input, output, ...).
    const opts = input && typeof input === 'object' && input.input !== undefined ? input : { input, output, completer, terminal };
    input = opts.input;
    output = opts.output;
    if (input === undefined || input === null || typeof input.on !== 'function') {
      throw argType('input', 'an instance of Readable', input);
    }
    const crlfDelay = opts.crlfDelay === undefined ? 100 : Math.max(100, Number(opts.crlfDelay));
    this.input = input;
    this.output = output;
    this.terminal = !!(opts.terminal === undefined ? output && output.isTTY : opts.terminal);
    this.crlfDelay = crlfDelay;
    this.line = '';
    this.cursor = 0;
    this.history = [];
    this.historySize = opts.historySize === undefined ? 30 : opts.historySize;
    this.closed = false;
    this.paused = false;
    this._prompt = opts.prompt === undefined ? '> ' : String(opts.prompt);
    this._decoder = new StringDecoder('utf8');
    this._sawReturnAt = 0;
    this._buffer = '';
    this[kQuestion] = null;

    const signal = opts.signal;
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw argType('options.signal', 'an instance of AbortSignal', signal);
      }
      if (signal.aborted) {
        process.nextTick(() => this.close());
      } else {
        const onAbort = () => this.close();
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }

    this._ondata = (data) => this._normalWrite(data);
    this._onend = () => {
      const rest = this._buffer + this._decoder.end();
      this._buffer = '';
      // As node's onend: the last, unterminated line goes to 'line'
      // listeners, never to a pending question.
      if (rest.length > 0) this.emit('line', rest);
      this.close();
    };
    this._onerror = (err) => this.emit('error', err);
    input.on('data', this._ondata);
    input.on('end', this._onend);
    input.on('error', this._onerror);
    if (typeof input.resume === 'function') input.resume();
  }

  get [Symbol.toStringTag]() { return 'Interface'; }

  setPrompt(prompt) { this._prompt = String(prompt); }
  getPrompt() { return this._prompt; }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.closed) {
      const err = new Error('readline was closed');
      internal.setErrorCode(err, 'ERR_USE_AFTER_CLOSE');
      throw err;
    }
    this._writeOut(this._prompt);
  }

  question(query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    if (this.closed) {
      const err = new Error('readline was closed');
      internal.setErrorCode(err, 'ERR_USE_AFTER_CLOSE');
      throw err;
    }
    if (typeof cb !== 'function') return;
    const signal = options && options.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => { this[kQuestion] = null; };
      signal.addEventListener('abort', onAbort, { once: true });
      const inner = cb;
      cb = (answer) => { signal.removeEventListener('abort', onAbort); inner(answer); };
    }
    if (this[kQuestion]) {
      this.prompt();
      return;
    }
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this[kQuestion] = cb;
    this.prompt();
  }

  write(data) {
    if (this.closed) {
      const err = new Error('readline was closed');
      internal.setErrorCode(err, 'ERR_USE_AFTER_CLOSE');
      throw err;
    }
    if (this.paused) this.resume();
    if (typeof data === 'string' || (data && data.length !== undefined)) this._normalWrite(data);
  }

  _writeOut(s) {
    if (this.output !== null && this.output !== undefined && typeof this.output.write === 'function') this.output.write(s);
  }

  _normalWrite(b) {
    if (b === undefined) return;
    let string = typeof b === 'string' ? b : this._decoder.write(b);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (string.charCodeAt(0) === 10) string = string.slice(1);
      this._sawReturnAt = 0;
    }
    const newPartContainsEnding = lineEnding.test(string);
    if (this._buffer.length > 0) {
      string = this._buffer + string;
      this._buffer = '';
    }
    if (!newPartContainsEnding) {
      this._buffer = string;
      return;
    }
    this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
    const lines = string.split(/\r\n|\n|\r/);
    this._buffer = lines.pop();
    // node 20 emits every line of the chunk, even after a 'line' listener
    // closed the interface.
    for (const line of lines) this._onLine(line);
  }

  _onLine(line) {
    const cb = this[kQuestion];
    if (cb) {
      this[kQuestion] = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  pause() {
    if (this.paused) return this;
    if (typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return this;
    if (typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this._ondata);
    this.input.removeListener('end', this._onend);
    this.input.removeListener('error', this._onerror);
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() { return { rows: 0, cols: this.cursor }; }

  [Symbol.asyncIterator]() {
    if (this._lines === undefined) {
      const queue = [];
      const waiting = [];
      let done = false;
      let failure = null;
      const onLine = (line) => {
        const w = waiting.shift();
        if (w) w.resolve({ value: line, done: false });
        else queue.push(line);
      };
      const finish = () => {
        done = true;
        this.removeListener('line', onLine);
        for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
      };
      this.on('line', onLine);
      this.once('close', finish);
      this.once('error', (err) => {
        failure = err;
        const w = waiting.shift();
        if (w) { failure = null; w.reject(err); }
        finish();
      });
      this._lines = {
        next() {
          if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
          if (failure) { const e = failure; failure = null; return Promise.reject(e); }
          if (done) return Promise.resolve({ value: undefined, done: true });
          return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
        },
        // As node 20's (events.on): leaving the loop stops listening;
        // the interface stays open and closes when its input ends.
        return() {
          finish();
          return Promise.resolve({ value: undefined, done: true });
        },
        [Symbol.asyncIterator]() { return this; },
      };
    }
    return this._lines;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// The cursor helpers write ANSI escapes, as node's do.
const CSI = '\x1b[';
function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') { callback = y; y = undefined; }
  if (stream === null || stream === undefined || (typeof x !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const data = typeof y !== 'number' ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H';
  return stream.write(data, callback);
}
function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += CSI + -dx + 'D'; else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + -dy + 'A'; else if (dy > 0) data += CSI + dy + 'B';
  return stream.write(data, callback);
}
function clearLine(stream, dir, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K';
  return stream.write(type, callback);
}
function clearScreenDown(stream, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(CSI + '0J', callback);
}
function emitKeypressEvents() {}

module.exports = {
  Interface: internal.callableClass(Interface), createInterface, cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents,
};
// For readline/promises only (node keeps these internal too).
Object.defineProperty(module.exports, '_abortError', { value: abortError });
Object.defineProperty(module.exports, '_kQuestion', { value: kQuestion });
// readline.promises, as node 20 has it.
Object.defineProperty(module.exports, 'promises', { enumerable: true, configurable: true, get: () => require('readline/promises') });
