// readline/promises: the readline Interface whose question returns a
// promise (rejected with AbortError when its signal aborts).
'use strict';

const readline = require('readline');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options && options.signal;
      if (signal) {
        if (signal.aborted) {
          reject(readline._abortError(signal));
          return;
        }
        const onAbort = () => {
          this[readline._kQuestion] = null;
          reject(readline._abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        const done = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
        super.question(query, done);
        return;
      }
      super.question(query, resolve);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

class Readline {
  constructor(stream) { this._stream = stream; this._todo = []; }
  clearLine(dir) { this._todo.push(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K'); return this; }
  clearScreenDown() { this._todo.push('\x1b[0J'); return this; }
  cursorTo(x, y) { this._todo.push(typeof y !== 'number' ? '\x1b[' + (x + 1) + 'G' : '\x1b[' + (y + 1) + ';' + (x + 1) + 'H'); return this; }
  moveCursor(dx, dy) {
    let s = '';
    if (dx < 0) s += '\x1b[' + -dx + 'D'; else if (dx > 0) s += '\x1b[' + dx + 'C';
    if (dy < 0) s += '\x1b[' + -dy + 'A'; else if (dy > 0) s += '\x1b[' + dy + 'B';
    this._todo.push(s);
    return this;
  }
  commit() {
    const data = this._todo.join('');
    this._todo = [];
    return new Promise((resolve) => this._stream.write(data, resolve));
  }
  rollback() { this._todo = []; return this; }
}

module.exports = { Interface, Readline, createInterface };
