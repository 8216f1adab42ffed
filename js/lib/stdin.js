// stdin: process.stdin, a Readable over the embedder's standard input
// (js/stdin.go). A read keeps the program alive only while someone
// consumes the stream (flowing, or a 'readable' listener), as node stops
// reading a paused stdin.
'use strict';

const { Readable } = require('stream');
const { Buffer } = require('buffer');

class ReadStream extends Readable {
  constructor() {
    super({ highWaterMark: 64 * 1024 });
    this.fd = 0;
    this.isTTY = internal.stdinIsTTY ? true : undefined;
    this.isRaw = false;
    this._evloopReading = false;
    // node makes stdin's handle here: its reads complete in this context.
    this._evloopCtx = internal.asyncContext();
    this.on('pause', () => internal.stdinStop());
  }
  _wanted() {
    return this.readableFlowing === true || this.listenerCount('readable') > 0 || this.listenerCount('data') > 0;
  }
  _read() {
    if (this._evloopReading) return;
    this._evloopReading = true;
    internal.stdinRead((ab, err) => internal.runInAsyncContext(this._evloopCtx, () => {
      this._evloopReading = false;
      if (err !== undefined && err !== null) {
        const e = new Error(err);
        e.code = 'EIO';
        this.destroy(e);
      } else if (ab === null) {
        this.push(null);
      } else {
        this.push(Buffer.from(ab));
      }
    }));
    if (!this._wanted()) internal.stdinStop();
  }
  setRawMode(mode) {
    // Raw mode is the embedder's to give (the CLI's native engine does);
    // without it only isRaw changes.
    mode = !!mode;
    const code = internal.stdinSetRaw(mode);
    if (code !== undefined) {
      const err = new Error(`setRawMode ${code}`);
      err.code = code;
      err.syscall = 'setRawMode';
      this.emit('error', err);
      return this;
    }
    this.isRaw = mode;
    return this;
  }
  ref() { return this; }
  unref() { internal.stdinStop(); return this; }
}

// On a terminal, process.stdin is a tty.ReadStream (this class with
// setRawMode) when the tty module is registered, as node makes it.
function ttyStdin() {
  let tty;
  try {
    tty = require('tty');
  } catch {
    return undefined;
  }
  return new tty.ReadStream(0);
}

let stdin;
module.exports = {
  ReadStream,
  get stdin() {
    if (stdin === undefined) stdin = (internal.stdinIsTTY && ttyStdin()) || new ReadStream();
    return stdin;
  },
};
