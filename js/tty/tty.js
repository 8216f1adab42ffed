// tty: isatty and the terminal streams. WriteStream writes through the
// runtime's own stdout or stderr at once (a terminal write is synchronous
// in node too); ReadStream is process.stdin's class with setRawMode. Node's
// classes are net.Sockets over a TTY handle; these are the Writable and
// Readable the rest of evloop's standard streams are.
'use strict';

const { Writable } = require('stream');
const StdinStream = internal.lib('stdin.js').ReadStream;

const kMaxFd = 2147483647;

function invalidFd(fd) {
  const err = new RangeError('"fd" must be a positive integer: ' + internal.format('%s', fd));
  err.code = 'ERR_INVALID_FD';
  return err;
}

function validFd(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= kMaxFd;
}

// ttyInitFailed is node's ERR_TTY_INIT_FAILED SystemError for a descriptor
// that is not a terminal evloop can open (uv_tty_init's EINVAL).
function ttyInitFailed() {
  const info = { errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' };
  const err = new Error('TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  err.code = 'ERR_TTY_INIT_FAILED';
  err.info = info;
  err.errno = info.errno;
  err.syscall = info.syscall;
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  err.stack = 'SystemError [ERR_TTY_INIT_FAILED]: ' + err.message + '\n' + String(new Error().stack).split('\n').slice(2).join('\n');
  return err;
}

// outOfRange is node's ERR_OUT_OF_RANGE; an integer beyond 2 ** 32 is
// shown with underscores between groups of three digits, as node's.
function outOfRange(name, range, value) {
  let shown = internal.inspect(value);
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    const digits = String(Math.abs(value));
    shown = (value < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, '_');
  }
  const err = new RangeError(`The value of "${name}" is out of range. It must be ${range}. Received ${shown}`);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function isatty(fd) {
  return validFd(fd) && internal.isTerminal(fd);
}

// ReadStream: a terminal on fd 0, process.stdin's stream.
class ReadStream extends StdinStream {
  constructor(fd, options) {
    if (!validFd(fd)) throw invalidFd(fd);
    if (fd !== 0 || !internal.isTerminal(0)) throw ttyInitFailed();
    super(options);
    this.isRaw = false;
    this.isTTY = true;
  }
}
ReadStream.prototype.setRawMode = StdinStream.prototype.setRawMode;

// WriteStream: a terminal on fd 1 or 2. evloop also opens one on a standard
// output that is not a terminal, as libuv does on a pipe.
class WriteStream extends Writable {
  constructor(fd) {
    if (!validFd(fd)) throw invalidFd(fd);
    if (fd !== 1 && fd !== 2) throw ttyInitFailed();
    // write and destroy as options: own methods, so the prototype's names
    // are node's.
    super({ decodeStrings: false, write: writeOut, destroy: keepOpen });
    this.fd = fd;
    this._type = 'tty';
    const size = internal.windowSize(fd);
    if (size !== null) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }
}

function writeOut(chunk, encoding, cb) {
  internal.write(this.fd, typeof chunk === 'string' ? chunk : chunk.toString());
  cb();
}
// The process's streams stay usable, as node's dummyDestroy keeps them.
function keepOpen(err, cb) {
  cb(err);
}

Object.defineProperty(WriteStream.prototype, 'isTTY', { value: true, writable: true, enumerable: true, configurable: true });
Object.assign(WriteStream.prototype, {
  getColorDepth(env = process.env) {
    return internal.colorDepth(env);
  },
  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    if (typeof count !== 'number') throw internal.invalidArgType('count', 'number', count);
    if (!Number.isInteger(count)) throw outOfRange('count', 'an integer', count);
    if (count < 2 || count > Number.MAX_SAFE_INTEGER) throw outOfRange('count', '>= 2 && <= 9007199254740991', count);
    return count <= 2 ** this.getColorDepth(env);
  },
  _refreshSize() {
    const size = internal.windowSize(this.fd);
    if (size === null) return;
    const [columns, rows] = size;
    if (this.columns !== columns || this.rows !== rows) {
      this.columns = columns;
      this.rows = rows;
      this.emit('resize');
    }
  },
  cursorTo(x, y, cb) {
    return require('readline').cursorTo(this, x, y, cb);
  },
  moveCursor(dx, dy, cb) {
    return require('readline').moveCursor(this, dx, dy, cb);
  },
  clearLine(dir, cb) {
    return require('readline').clearLine(this, dir, cb);
  },
  clearScreenDown(cb) {
    return require('readline').clearScreenDown(this, cb);
  },
  getWindowSize() {
    return [this.columns, this.rows];
  },
});

module.exports = { isatty, ReadStream, WriteStream };
