// process: node's process object, an EventEmitter. Made on first use (the
// process global is an accessor, as in node; the runtime asks for it when
// it needs it), so a program that never touches process compiles neither
// this file nor events.js. Runs once per Runtime as function (exports,
// require, module, internal); exports the process object.
'use strict';

const EventEmitter = require('events');
const invalidArgType = internal.invalidArgType;
const colorDepth = internal.colorDepth;

// As node's: process's prototype is an object of its own, whose
// constructor is named process, over EventEmitter.prototype.
const proto = Object.create(EventEmitter.prototype);
const ctor = { process() {} }.process; // eslint-disable-line func-names
Object.defineProperty(ctor, 'prototype', { value: proto, writable: true, enumerable: false, configurable: false });
Object.defineProperty(proto, 'constructor', { value: ctor, writable: true, enumerable: false, configurable: true });
const process = Object.create(proto);
EventEmitter.call(process);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
process.title = internal.title || 'node';
process.version = internal.nodeVersion;
process.versions = internal.versions;
process.arch = internal.arch;
process.platform = internal.platform;
// release as node 20's (an LTS line, Iron): the URLs native-addon tools
// (node-gyp, prebuild-install) read.
process.release = {
  name: 'node',
  lts: 'Iron',
  sourceUrl: 'https://nodejs.org/download/release/' + process.version + '/node-' + process.version + '.tar.gz',
  headersUrl: 'https://nodejs.org/download/release/' + process.version + '/node-' + process.version + '-headers.tar.gz',
};
process.argv = internal.argv;
process.argv0 = 'node';
process.execArgv = internal.execArgv;
Object.assign(process, internal.processFlags); // --no-deprecation and the like, when given
process.execPath = internal.execPath || '/usr/local/bin/node';
// Like node's, process.env stores strings only.
// A Symbol value throws, as node's ('' + value, not String(value)).
process.env = new Proxy(internal.env, {
  set(target, key, value) { target[key] = '' + value; return true; },
  defineProperty(target, key, desc) { target[key] = '' + desc.value; return true; },
});
process.pid = internal.pid;
process.ppid = internal.pid - 1;
// process.exitCode takes an integer (or a string that is one), as node 20's
// setter validates: anything else throws and leaves the code unchanged.
// The value lives in internal.exitState.code, which the loop reads directly.
{
  const state = internal.exitState;
  state.code = undefined;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return state.code; },
    set(code) {
      if (code !== null && code !== undefined) {
        if (!(typeof code === 'string' && code !== '' && Number.isInteger(+code))) validateExitCode(code);
      }
      state.code = code;
    },
  });
}
function validateExitCode(code) {
  if (typeof code !== 'number') throw internal.invalidArgType('code', 'number', code);
  if (!Number.isInteger(code)) {
    const err = new RangeError('The value of "code" is out of range. It must be an integer. Received ' + internal.inspect(code));
    internal.setErrorCode(err, 'ERR_OUT_OF_RANGE');
    throw err;
  }
  if (code < Number.MIN_SAFE_INTEGER || code > Number.MAX_SAFE_INTEGER) {
    const err = new RangeError('The value of "code" is out of range. It must be >= -9007199254740991 && <= 9007199254740991. Received ' +
      String(code).replace(/(\d)(?=(\d{3})+$)/g, '$1_')); // node's separators past 2 ** 32
    internal.setErrorCode(err, 'ERR_OUT_OF_RANGE');
    throw err;
  }
}
process._exiting = false;
process.config = { variables: {} };
// features as node 20 reports them; inspector is false: evloop has none.
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true,
};
for (const [name, value] of [['cached_builtins', true], ['require_module', true]]) {
  Object.defineProperty(process.features, name, { get() { return value; }, enumerable: true, configurable: true });
}
process.cwd = () => internal.cwd();
// chdir as node's: the directory must be a string and exist as a
// directory (else node's uvException, 'chdir <cwd> -> <dir>'), and the new
// cwd is its real path, as getcwd reports it (no '..', no symlinks). A
// path the permission flags hide is only cleaned.
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw internal.invalidArgType('directory', 'string', directory);
  let fs = null;
  try { fs = require('fs'); } catch { /* no file system module: only clean the path */ }
  let target = directory;
  if (fs !== null && typeof fs.statSync === 'function') {
    let failure;
    try {
      if (!fs.statSync(directory).isDirectory()) {
        failure = { code: 'ENOTDIR', errno: -20, desc: 'not a directory' };
      } else {
        target = fs.realpathSync(directory);
      }
    } catch (e) {
      if (['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG'].includes(e.code)) {
        const m = /^[A-Z]+: ([^,]*),/.exec(String(e.message));
        failure = { code: e.code, errno: e.errno, desc: m ? m[1] : e.code };
      }
    }
    if (failure !== undefined) {
      const from = internal.cwd();
      const err = new Error(failure.code + ': ' + failure.desc + ", chdir '" + from + "' -> '" + directory + "'");
      err.errno = failure.errno;
      err.code = failure.code;
      err.syscall = 'chdir';
      err.path = from;
      err.dest = directory;
      throw err;
    }
  }
  internal.chdir(target);
};
process.uptime = () => internal.hrtimeNs() / 1e9;
// umask as node's: no argument reads the mask, a number or an octal
// string sets it (node's checks and errors) and returns the old one. The
// mask is the program's view only: evloop's files are created by the
// host, under the host process's own umask.
{
  let mask = 0o22;
  process.umask = function umask(value) {
    if (value === undefined) return mask;
    if (typeof value === 'string') {
      if (!/^[0-7]+$/.test(value)) {
        throw internal.codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received " + internal.inspect(value));
      }
      value = parseInt(value, 8);
    } else if (typeof value !== 'number') {
      throw invalidArgType('mask', 'number', value === null ? undefined : value);
    } else if (!Number.isInteger(value)) {
      throw internal.codedError(RangeError, 'ERR_OUT_OF_RANGE',
        'The value of "mask" is out of range. It must be an integer. Received ' + value);
    } else if (value < 0 || value > 4294967295) {
      throw internal.codedError(RangeError, 'ERR_OUT_OF_RANGE',
        'The value of "mask" is out of range. It must be >= 0 && <= 4294967295. Received ' + value);
    }
    const old = mask;
    mask = value & 0o777;
    return old;
  };
}
process.getuid = () => internal.uid;
process.getgid = () => internal.gid;
// Keys in node's order (the native side returns a Go map, whose order is
// not fixed): programs print Object.keys(process.memoryUsage()).
process.memoryUsage = () => {
  const m = internal.memoryUsage();
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
};
process.memoryUsage.rss = () => internal.memoryUsage().rss;
// cpuUsage(prev): the process's user and system CPU time in microseconds
// (getrusage), less prev's if given, checked as node checks it.
function checkUsage(prev, key) {
  const v = prev[key];
  if (typeof v !== 'number') throw internal.invalidArgType('prevValue.' + key, 'number', v);
  if (v < 0 || !Number.isFinite(v)) {
    throw internal.codedError(RangeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'prevValue." + key + "' is invalid. Received " + internal.inspect(v));
  }
  return v;
}
process.cpuUsage = function cpuUsage(prevValue) {
  const u = internal.resourceUsage();
  if (prevValue) {
    if (typeof prevValue !== 'object') throw internal.invalidArgType('prevValue', 'object', prevValue);
    const user = checkUsage(prevValue, 'user');
    const system = checkUsage(prevValue, 'system');
    return { user: u[0] - user, system: u[1] - system };
  }
  return { user: u[0], system: u[1] };
};
process.resourceUsage = function resourceUsage() {
  const u = internal.resourceUsage();
  return {
    userCPUTime: u[0], systemCPUTime: u[1], maxRSS: u[2], sharedMemorySize: u[3], unsharedDataSize: u[4],
    unsharedStackSize: u[5], minorPageFault: u[6], majorPageFault: u[7], swappedOut: u[8], fsRead: u[9],
    fsWrite: u[10], ipcSent: u[11], ipcReceived: u[12], signalsCount: u[13], voluntaryContextSwitches: u[14],
    involuntaryContextSwitches: u[15],
  };
};
// loadEnvFile(path = '.env'): the file's variables (util.parseEnv's rules)
// into process.env, where not set already.
process.loadEnvFile = function loadEnvFile(path = undefined) {
  if (path !== undefined && typeof path !== 'string' && !(path instanceof URL) && !Buffer.isBuffer(path)) {
    throw internal.invalidArgType('path', 'string or an instance of Buffer or URL', path);
  }
  const text = require('fs').readFileSync(path === undefined ? '.env' : path, 'utf8');
  const vars = require('util').parseEnv(text);
  for (const k of Object.keys(vars)) {
    if (process.env[k] === undefined) process.env[k] = vars[k];
  }
};
// process.kill as node's: a signal name or number (default SIGTERM); an
// error is node's ErrnoException ('kill EPERM'). To other processes it
// needs evloop's --allow-signals.
process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) throw invalidArgType('pid', 'number', pid); // eslint-disable-line eqeqeq
  let name = '', number;
  if (sig === (sig | 0)) {
    number = sig;
    for (const k in internal.signalNumbers) if (internal.signalNumbers[k] === sig) { name = k; break; }
  } else {
    name = sig || 'SIGTERM';
    number = internal.signalNumbers[name];
    if (number === undefined) {
      const e = new TypeError('Unknown signal: ' + name);
      internal.setErrorCode(e, 'ERR_UNKNOWN_SIGNAL');
      throw e;
    }
  }
  const code = internal.kill(pid, name, number);
  if (code !== '') {
    const errnos = { EPERM: -1, ESRCH: -3, EINVAL: -22, ENOSYS: -38 };
    let msg = 'kill ' + code;
    if (code === 'EPERM' && pid !== process.pid) msg += ' (evloop: signalling another process needs --allow-signals)';
    const e = new Error(msg);
    e.errno = errnos[code];
    internal.setErrorCode(e, code);
    e.syscall = 'kill';
    throw e;
  }
  return true;
};
// Signal events: the first listener for one starts a loop signal handle
// (libuv's uv_signal, unreferenced: it keeps nothing alive), the last one
// removed stops it, as node's startListeningIfSignal does.
process.on('newListener', function startListeningIfSignal(type) {
  if (typeof type === 'string' && internal.signalNumbers[type] !== undefined && process.listenerCount(type) === 0) {
    internal.signalStart(type);
  }
});
process.on('removeListener', function stopListeningIfSignal(type) {
  if (typeof type === 'string' && internal.signalNumbers[type] !== undefined && process.listenerCount(type) === 0) {
    internal.signalStop(type);
  }
});
process.abort = () => internal.exit(134);
// process.stdout and process.stderr: on a terminal, a tty.WriteStream made
// on first use when the tty module is registered (then SIGWINCH refreshes
// its size and emits 'resize', as node's getStdout arranges); otherwise a
// plain writer over the embedder's stream.
// stdioWrite is a plain stdio stream's write, checked as a Writable's: a
// string (in its encoding), a Buffer, typed array or DataView (its bytes
// as they are); the callback runs on a later tick, as node's.
function stdioWrite(fd) {
  return function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) {
      throw internal.codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    }
    if (typeof chunk === 'string') {
      if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') internal.write(fd, chunk);
      else internal.writeBytes(fd, Buffer.from(chunk, encoding));
    } else if (ArrayBuffer.isView(chunk)) {
      internal.writeBytes(fd, chunk);
    } else {
      throw internal.argType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  };
}
// A plain stdio stream is an EventEmitter (a Console, readline and pipe()
// listen on it) with a Writable's end() and destroy() that never close the
// fd (node's stdio "secretly" stays open), without compiling the stream
// module for a program that only writes.
const stdioProto = Object.create(EventEmitter.prototype);
Object.assign(stdioProto, {
  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    this[kEnded] = true;
    process.nextTick(() => {
      this.emit('finish');
      if (typeof cb === 'function') cb();
    });
    return this;
  },
  destroy(err, cb) {
    if (err) process.nextTick(() => this.emit('error', err));
    if (typeof cb === 'function') cb(err);
    return this;
  },
  cork() {},
  uncork() {},
  setDefaultEncoding() { return this; },
});
Object.defineProperty(stdioProto, '_isStdio', { value: true, writable: true, configurable: true });
// A Writable's state, as node's stdio reports it: writes are synchronous,
// so nothing is ever buffered.
const kEnded = Symbol('ended');
for (const [name, get] of [
  ['writableLength', () => 0], ['writableHighWaterMark', () => 16384], ['writableCorked', () => 0],
  ['writableObjectMode', () => false], ['writableNeedDrain', () => false], ['destroyed', () => false],
  ['writableEnded', function () { return this[kEnded] === true; }],
  ['writableFinished', function () { return this[kEnded] === true; }],
]) {
  Object.defineProperty(stdioProto, name, { get, enumerable: false, configurable: true });
}
function plainStdio(fd, isTTY) {
  const stream = Object.create(stdioProto);
  EventEmitter.call(stream);
  Object.assign(stream, { fd, isTTY: isTTY || undefined, writable: true, write: stdioWrite(fd) });
  if (isTTY) Object.assign(stream, { columns: 80, getColorDepth: colorDepth, hasColors: (n = 16) => 2 ** colorDepth() >= n });
  return stream;
}
function ttyStdio(fd) {
  const stream = new (require('tty').WriteStream)(fd);
  process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}
for (const [name, fd, isTTY] of [['stdout', 1, internal.stdoutTTY], ['stderr', 2, internal.stderrTTY]]) {
  if (!isTTY || !internal.hasBuiltin('tty')) {
    process[name] = plainStdio(fd, isTTY);
    continue;
  }
  let stream;
  Object.defineProperty(process, name, {
    configurable: true, enumerable: true,
    get() { return stream === undefined ? (stream = ttyStdio(fd)) : stream; },
  });
}
// process.stdin is made on first use (lib/stdin.js), as in node.
Object.defineProperty(process, 'stdin', {
  configurable: true, enumerable: true,
  get() { return internal.lib('stdin.js').stdin; },
});

process.hrtime = function hrtime(prev) {
  const ns = internal.hrtimeNs();
  let sec = Math.floor(ns / 1e9);
  let nsec = ns - sec * 1e9;
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw internal.argType('time', 'an instance of Array', prev);
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) { sec--; nsec += 1e9; }
  }
  return [sec, nsec];
};
process.hrtime.bigint = () => internal.hrtimeBig();

// process.nextTick is a Go native (js/natives.go): validation, the exiting
// check and the queueing all happen there, without a JS frame.
process.nextTick = internal.nextTick;
Object.defineProperty(process.nextTick, 'name', { value: 'nextTick' });
Object.defineProperty(process.nextTick, 'length', { value: 1 });

process.exit = function exit(code) {
  // As node 20: any argument, undefined too, replaces exitCode (exit(undefined) exits 0).
  if (arguments.length !== 0) process.exitCode = code;
  internal.exit(process.exitCode === undefined ? 0 : process.exitCode | 0);
};
process.reallyExit = function reallyExit() { return internal.reallyExit(arguments[0] | 0); };

// emitWarning as node's: (warning, type, code, ctor) or (warning, options)
// with type, code, detail and ctor; type and code must be strings and the
// warning a string or an Error, else ERR_INVALID_ARG_TYPE at the call.
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw internal.invalidArgType('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw internal.invalidArgType('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(w, ctor || process.emitWarning);
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw internal.argType('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // --throw-deprecation: thrown from a tick, after the warnings before it.
    if (process.throwDeprecation) return process.nextTick(() => { throw warning; });
  }
  process.nextTick(() => process.emit('warning', warning));
};

// warningSync(message) is node's emitWarningSync: a Warning emitted at
// once (js/cjs.go, a CommonJS file with ES-module syntax).
internal.warningSync = function warningSync(message) {
  const w = new Error(message);
  w.name = 'Warning';
  process.emit('warning', w);
};

// onWarning prints a warning on stderr. As node's, it is a 'warning'
// listener the process starts with (unless warnings are off), so it runs
// before the program's own and process.listenerCount('warning') counts it.
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  if (warning.name === 'DeprecationWarning' ? process.traceDeprecation : internal.traceWarnings) {
    // --trace-deprecation, --trace-warnings: the stack where it was made.
    internal.write(2, '(node:' + process.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') + warning.stack + '\n');
    return;
  }
  internal.write(2, '(node:' + process.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') +
    warning.name + ': ' + warning.message + (typeof warning.detail === 'string' ? '\n' + warning.detail : '') + '\n' +
    (internal.warned ? '' : '(Use `node --' + (warning.name === 'DeprecationWarning' ? 'trace-deprecation' : 'trace-warnings') +
      ' ...` to show where the warning was created)\n'));
  internal.warned = true;
}
if (!internal.noWarnings) process.on('warning', onWarning);

// The warnings of --unhandled-rejections=warn and its kin (js/jobs.go), as
// node's emitUnhandledRejectionWarning: the reason itself (its stack, or
// its string), then the general warning, carrying the reason's stack.
internal.warnUnhandled = function warnUnhandled(reason, uid) {
  const warning = new Error('Unhandled promise rejection. This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the ' +
    'node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  const errorLike = reason !== null && typeof reason === 'object' && 'stack' in reason;
  if (errorLike) {
    warning.stack = reason.stack;
    process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
  } else {
    process.emitWarning(internal.noSideEffectsString(reason), 'UnhandledPromiseRejectionWarning');
  }
  process.emitWarning(warning);
};

// A rejection reported (or warned of) that got a handler later, with no
// 'rejectionHandled' listener to tell.
internal.warnHandledLate = function warnHandledLate(uid) {
  const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
  warning.name = 'PromiseRejectionHandledWarning';
  warning.id = uid;
  process.emitWarning(warning);
};

process.binding = function binding(name) { throw new Error('No such module'); };
// setUncaughtExceptionCaptureCallback(fn): what would go to
// 'uncaughtException' goes to fn instead (js/runtime.go reads
// internal.uncaughtCapture); null clears it.
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    internal.uncaughtCapture = undefined;
    return;
  }
  if (typeof fn !== 'function') throw internal.invalidArgType('fn', 'function or null', fn);
  if (internal.uncaughtCapture !== undefined) {
    throw internal.codedError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
  }
  internal.uncaughtCapture = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return internal.uncaughtCapture !== undefined;
};
// getBuiltinModule(id) (node 20.16): the built-in module, with or without
// 'node:', else undefined.
process.getBuiltinModule = function getBuiltinModule(id) {
  if (typeof id !== 'string') throw internal.invalidArgType('id', 'string', id);
  if (!require('module').isBuiltin(id)) return undefined;
  return require(id);
};
process.geteuid = function geteuid() { return internal.uid; };
process.getegid = function getegid() { return internal.gid; };
process.getgroups = function getgroups() { return internal.groups(); };
// constrainedMemory: the cgroup v2 memory limit as libuv reads it (an
// unlimited 'max' is 2^64-1), 0 where there is none to read.
process.constrainedMemory = function constrainedMemory() {
  try {
    const v = require('fs').readFileSync('/sys/fs/cgroup/memory.max', 'utf8').trim();
    return v === 'max' ? 18446744073709551615 : Number(v) || 0;
  } catch {
    return 0;
  }
};
process.availableMemory = function availableMemory() { return require('os').freemem(); };

module.exports = process;

process.getActiveResourcesInfo = function getActiveResourcesInfo() { return internal.activeResources(); };

// allowedNodeEnvironmentFlags: the flags node takes in NODE_OPTIONS, a
// frozen Set whose has() takes a flag with or without its dashes, with
// underscores for dashes and with a value (node's NodeEnvironmentFlagsSet).
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  get() {
    const array = internal.nodeFlags().split('\n').filter(Boolean);
    const bare = array.map((f) => f.replace(/^--?/, ''));
    let unique;
    class NodeEnvironmentFlagsSet extends Set {
      add() { return this; }
      delete() { return false; }
      clear() {}
      has(key) {
        if (typeof key !== 'string') return false;
        key = key.replace(/_/g, '-');
        if (/^--?/.test(key)) return array.includes(key.replace(/=.*$/, ''));
        return bare.includes(key);
      }
      entries() { unique ??= new Set(array); return unique.entries(); }
      forEach(callback, thisArg = undefined) { array.forEach((v) => Reflect.apply(callback, thisArg, [v, v, this])); }
      get size() { return array.length; }
      values() { unique ??= new Set(array); return unique.values(); }
    }
    NodeEnvironmentFlagsSet.prototype.keys = NodeEnvironmentFlagsSet.prototype[Symbol.iterator] = NodeEnvironmentFlagsSet.prototype.values;
    Object.freeze(NodeEnvironmentFlagsSet.prototype.constructor);
    Object.freeze(NodeEnvironmentFlagsSet.prototype);
    const flags = Object.freeze(new NodeEnvironmentFlagsSet());
    Object.defineProperty(process, 'allowedNodeEnvironmentFlags', { value: flags, configurable: true, enumerable: true, writable: true });
    return flags;
  },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', { value, configurable: true, enumerable: true, writable: true });
  },
  enumerable: true,
  configurable: true,
});

// report: the diagnostic report (cli/report.js; not in the page's build,
// where reading it throws), made when first read.
Object.defineProperty(process, 'report', {
  get() {
    const report = internal.lib('report.js');
    Object.defineProperty(process, 'report', { value: report, configurable: true, enumerable: true, writable: false });
    return report;
  },
  enumerable: true,
  configurable: true,
});

// _rawDebug: node's synchronous write of a formatted line to stderr.
process._rawDebug = function _rawDebug(...args) {
  require('fs').writeSync(2, require('util').format(...args) + '\n');
};

// Source maps: node's --enable-source-maps switch; evloop maps the
// positions of the code it lowers itself, and reads no program's maps.
let sourceMapsEnabled = internal.execArgv.includes('--enable-source-maps');
Object.defineProperty(process, 'sourceMapsEnabled', {
  get() { return sourceMapsEnabled; },
  enumerable: true,
  configurable: true,
});
process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
  if (typeof val !== 'boolean') throw internal.invalidArgType('val', 'boolean', val);
  sourceMapsEnabled = val;
};
