// child_process: node's lib/child_process.js and lib/internal/child_process.js
// over the natives of js/child_process (spawn, spawnSync). A ChildProcess
// owns a process handle whose onexit the loop calls in its poll phase; its
// stdio pipes are net.Socket streams on pipe handles. Event order is node's:
// 'spawn' in a tick after spawn(), 'exit' from onexit, 'close' once the exit
// and every readable pipe's 'close' have happened.
'use strict';

const EventEmitter = require('events');
const net = require('net');
const { Buffer } = require('buffer');

// Linux signal numbers (node's os.constants.signals).
const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15,
  SIGSTKFLT: 16, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22,
  SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29,
  SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const signalNames = {};
for (const k of Object.keys(signals)) if (!(signals[k] in signalNames)) signalNames[signals[k]] = k;

const uvErrors = {
  ENOENT: [-2, 'no such file or directory'],
  EACCES: [-13, 'permission denied'],
  EAGAIN: [-11, 'resource temporarily unavailable'],
  EMFILE: [-24, 'too many open files'],
  ENFILE: [-23, 'file table overflow'],
  ENOMEM: [-12, 'not enough memory'],
  E2BIG: [-7, 'argument list too long'],
  ENOTDIR: [-20, 'not a directory'],
  EPERM: [-1, 'operation not permitted'],
  ESRCH: [-3, 'no such process'],
  EINVAL: [-22, 'invalid argument'],
  ETIMEDOUT: [-110, 'connection timed out'],
  ENOBUFS: [-105, 'no buffer space available'],
  ENOSYS: [-38, 'function not implemented'],
  EIO: [-5, 'i/o error'],
};
const errnoNames = {};
for (const k of Object.keys(uvErrors)) errnoNames[uvErrors[k][0]] = k;

// errnoException: "spawn foo ENOENT", with node's properties; a denial
// by the permission flags says which flag allows it.
function errnoException(code, syscall, hint) {
  const err = new Error(syscall + ' ' + code + (hint ? ' (' + hint + ')' : ''));
  err.errno = (uvErrors[code] || [-5])[0];
  internal.setErrorCode(err, code);
  err.syscall = syscall;
  return err;
}

const nodeError = internal.codedError; // (Ctor, code, message): lib/bootstrap.js

function validateString(v, name) {
  if (typeof v !== 'string') throw internal.invalidArgType(name, 'string', v);
}

function validateObject(v, name) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw internal.invalidArgType(name, 'object', v);
}

function convertSignal(sig, name) {
  if (typeof sig === 'number') {
    if (!(sig in signalNames) && sig !== 0) throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
    return sig;
  }
  if (typeof sig === 'string') {
    const n = signals[sig];
    if (n === undefined) throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
    return n;
  }
  throw internal.invalidArgType(name || 'signal', 'string or number', sig);
}

// ---- spawn's arguments ----------------------------------------------------

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
  }
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw internal.invalidArgType('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = Object.assign({}, options);

  if (options.cwd != null && typeof options.cwd !== 'string') {
    if (options.cwd instanceof URL) options.cwd = decodeURIComponent(options.cwd.pathname);
    else throw internal.invalidArgType('options.cwd', 'string', options.cwd);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw internal.invalidArgType('options.shell', 'boolean or string', options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (options.detached != null && typeof options.detached !== 'boolean') {
    throw internal.invalidArgType('options.detached', 'boolean', options.detached);
  }
  // node: a string argument may not hold a NUL; any other value is used as
  // its string form (a Symbol throws converting).
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a === 'string') {
      if (a.includes('\u0000')) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'args[" + i + "]' must be a string without null bytes. Received " + internal.inspect(a));
      }
    } else if (!(a instanceof Uint8Array)) {
      args[i] = `${a}`;
    }
  }

  if (options.shell) {
    const command = [file].concat(args).join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(key + '=' + value);
  }
  return { ...options, args: args.map(String), envPairs, file };
}

// getValidStdio: 'pipe' | 'inherit' | 'ignore' | an array of those (or
// fds 0-2, or null for the default) → one entry per child descriptor.
function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (stdio !== 'pipe' && stdio !== 'inherit' && stdio !== 'ignore' && stdio !== 'overlapped') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'stdio' is invalid. Received '" + stdio + "'");
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'stdio' is invalid. Received " + internal.inspect(stdio));
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  return stdio.map((s, i) => {
    if (s == null) return i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped' || s === 'ignore' || s === 'inherit') return s;
    if (typeof s === 'number' && s === i && i < 3) return 'inherit';
    if (typeof s === 'object' && typeof s.fd === 'number' && s.fd === i && i < 3) return 'inherit';
    if (s === process.stdin && i === 0 || s === process.stdout && i === 1 || s === process.stderr && i === 2) return 'inherit';
    if (s === 'ipc') return 'ipc';
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'stdio' is invalid. Received " + internal.inspect(s));
  });
}

// ---- ChildProcess ---------------------------------------------------------

function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable) continue;
    stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

function onErrorNT(child, code, hint) {
  child._handle.onexit(code, 0, hint);
}

function onSpawnNT(child) {
  child.emit('spawn');
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new ProcessHandle(this);
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = normalizeStdio(options.stdio);
    const ipcFd = stdio.indexOf('ipc');
    if (ipcFd !== stdio.lastIndexOf('ipc')) {
      throw nodeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
    }
    let envPairs = options.envPairs;
    if (ipcFd >= 0) {
      // The child finds its channel as node's does (JSON lines on fd N).
      envPairs = envPairs.concat(['NODE_CHANNEL_FD=' + ipcFd, 'NODE_CHANNEL_SERIALIZATION_MODE=json']);
    }
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const res = internal.spawn({
      file: options.file, args: options.args, envPairs,
      cwd: options.cwd, stdio: stdio.map((k) => (k === 'ipc' ? 'pipe' : k)), detached: Boolean(options.detached),
    }, (code, sig) => this._handle && this._handle.onexit(code, sig));

    let pipes;
    if (res.code !== undefined) {
      const code = res.code;
      if (code === 'EACCES' || code === 'EAGAIN' || code === 'EMFILE' || code === 'ENFILE' || code === 'ENOENT') {
        // A run-time error: an 'error' event in a tick, and the stdio
        // streams exist (without handles), as node makes them.
        process.nextTick(onErrorNT, this, uvErrors[code][0], res.hint);
        // Pipes libuv made before the failure (at their end) count
        // towards 'close', as in node, where pid is then undefined.
        pipes = res.pipes || stdio.map(() => null);
      } else {
        this._handle = null;
        throw errnoException(code, 'spawn', res.hint);
      }
    } else {
      this._handle._native = res.handle;
      this.pid = res.pid;
      pipes = res.pipes;
      process.nextTick(onSpawnNT, this);
    }

    if (ipcFd >= 0 && pipes[ipcFd]) {
      this._closesNeeded++;
      setupChannel(this, pipes[ipcFd]);
    }
    this.stdio = stdio.map((kind, i) => {
      if (kind !== 'pipe' && kind !== 'overlapped') return null;
      const readable = i > 0;
      const sock = pipes[i] ? new net.Socket({ handle: pipes[i], readable }) : new net.Socket();
      if (!readable) {
        sock.readable = false;
        sock._rs.ended = true;
        sock._rs.endEmitted = true;
      }
      if (readable && pipes[i]) {
        this._closesNeeded++;
        sock.on('close', () => maybeClose(this));
      }
      return sock;
    });
    this.stdin = this.stdio[0] || null;
    this.stdout = this.stdio[1] || null;
    this.stderr = this.stdio[2] || null;
    return res.code === undefined ? undefined : uvErrors[res.code][0];
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle && this._handle._native) {
      const err = this._handle._native.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === 'ESRCH') {
        // Already dead.
      } else if (err === 'EINVAL' || err === 'ENOSYS') {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  ref() { if (this._handle && this._handle._native) this._handle._native.ref(); }
  unref() { if (this._handle && this._handle._native) this._handle._native.unref(); }

  get [Symbol.toStringTag]() { return 'ChildProcess'; }
}

// ProcessHandle is child._handle: the native process handle and node's
// onexit.
class ProcessHandle {
  constructor(child) {
    this._child = child;
    this._native = null;
  }

  get pid() { return this._native ? this._native.pid : 0; }

  close() { if (this._native) this._native.close(); }

  // onexit(exitCode, signal number): exitCode < 0 is a spawn failure.
  onexit(exitCode, sig, hint) {
    const child = this._child;
    const signalCode = sig ? signalNames[sig] || null : null;
    if (signalCode) child.signalCode = signalCode;
    else child.exitCode = exitCode;
    if (child.stdin) child.stdin.destroy();
    this.close();
    child._handle = null;
    if (exitCode < 0) {
      const syscall = child.spawnfile ? 'spawn ' + child.spawnfile : 'spawn';
      const err = errnoException(errnoNames[exitCode] || 'EIO', syscall, hint);
      if (child.spawnfile) err.path = child.spawnfile;
      err.spawnargs = child.spawnargs.slice(1);
      child.emit('error', err);
    } else {
      child.emit('exit', child.exitCode, child.signalCode);
    }
    // Streams nobody read are drained in a tick, so their 'close' (and the
    // child's) can come.
    process.nextTick(flushStdio, child);
    maybeClose(child);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try { child.kill(options.killSignal); } catch (e) { child.emit('error', e); }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => { if (timer) { clearTimeout(timer); timer = null; } });
  }
  return child;
}

// ---- execFile, exec -------------------------------------------------------

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function maxBufferError(name) {
  return nodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', name + ' maxBuffer length exceeded');
}

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options; options = args; args = null;
  } else if (typeof args === 'function') {
    callback = args; options = null; args = null;
  }
  if (typeof options === 'function') {
    callback = options; options = null;
  }
  if (options != null && typeof options !== 'object') throw internal.invalidArgType('options', 'object', options);
  if (callback != null && typeof callback !== 'function') throw internal.invalidArgType('callback', 'function', callback);
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM',
    cwd: null, env: null, shell: false, ...options,
  };
  if (typeof options.timeout !== 'number' || options.timeout < 0) {
    throw internal.invalidArgType('timeout', 'number', options.timeout);
  }
  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, shell: options.shell, argv0: options.argv0,
    detached: options.detached,
  });

  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)
    ? options.encoding : null;
  const _stdout = [];
  const _stderr = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId = null;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) { clearTimeout(timeoutId); timeoutId = null; }
    if (!callback) return;
    const join = (parts) => (encoding ? parts.join('') : Buffer.concat(parts));
    const stdout = join(_stdout);
    const stderr = join(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ' ' + args.join(' ');
    if (!ex) {
      ex = new Error('Command failed: ' + cmd + '\n' + stderr);
      ex.code = code < 0 ? errnoNames[code] || code : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, parts, name) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const length = encoding ? Buffer.byteLength(chunk, encoding) : chunk.length;
      const total = (name === 'stdout' ? (stdoutLen += length) : (stderrLen += length));
      if (total > options.maxBuffer) {
        const keep = options.maxBuffer - (total - length);
        parts.push(chunk.slice(0, keep));
        ex = maxBufferError(name);
        kill();
      } else {
        parts.push(chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, _stdout, 'stdout');
  if (child.stderr) collect(child.stderr, _stderr, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// ---- the Sync forms -------------------------------------------------------

function toBuffer(ab) {
  return ab == null ? null : Buffer.from(ab);
}

function spawnSync(file, args, options) {
  options = {
    maxBuffer: 1024 * 1024,
    ...normalizeSpawnArguments(file, args, options),
  };
  const stdio = normalizeStdio(options.stdio);
  let input = options.input;
  if (input != null) {
    if (typeof input === 'string') input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
    else if (!(input instanceof Uint8Array) && !ArrayBuffer.isView(input)) {
      throw internal.invalidArgType('options.stdio[0]', 'string or an instance of Buffer, TypedArray, or DataView', input);
    }
    input = input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength);
  }
  const killSignal = options.killSignal === undefined ? 15 : convertSignal(options.killSignal, 'options.killSignal');
  if (options.timeout != null && (typeof options.timeout !== 'number' || options.timeout < 0)) {
    throw internal.invalidArgType('options.timeout', 'number', options.timeout);
  }
  const raw = internal.spawnSync({
    file: options.file, args: options.args, envPairs: options.envPairs,
    cwd: options.cwd, stdio, detached: Boolean(options.detached),
  }, { input, timeout: options.timeout || 0, killSignal, maxBuffer: options.maxBuffer });

  const result = {};
  if (raw.error && (raw.error.code !== 'ETIMEDOUT' && raw.error.code !== 'ENOBUFS')) {
    const err = errnoException(raw.error.code, 'spawnSync ' + options.file, raw.error.hint);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    result.error = err;
    result.status = null;
    result.signal = null;
    result.output = null;
    result.pid = 0;
    result.stdout = null;
    result.stderr = null;
    return result;
  }
  if (raw.error) {
    const err = errnoException(raw.error.code, 'spawnSync ' + options.file);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    result.error = err;
  }
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
  const out = (ab) => {
    const b = toBuffer(ab);
    return b && encoding ? b.toString(encoding) : b;
  };
  result.status = raw.signal ? null : raw.status;
  result.signal = raw.signal ? signalNames[raw.signal] || null : null;
  result.output = [null, out(raw.stdout), out(raw.stderr)];
  result.pid = raw.pid;
  result.stdout = result.output[1];
  result.stderr = result.output[2];
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
    err = Object.assign(new Error(msg), ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args; args = [];
  }
  options = Object.assign({}, options);
  const inheritStderr = !options.stdio;
  if (!options.stdio) options.stdio = ['pipe', 'pipe', 'pipe'];
  const ret = spawnSync(file, args || [], options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file].concat(args || []), undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  if (!opts.options.stdio) opts.options.stdio = ['pipe', 'pipe', 'pipe'];
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// util.promisify(exec) and (execFile) resolve with {stdout, stderr} and
// reject with the error carrying both, as node's custom promisified forms.
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
function promisified(orig) {
  return function (...args) {
    let child;
    const p = new Promise((resolve, reject) => {
      child = orig(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    p.child = child;
    return p;
  };
}
Object.defineProperty(exec, customPromisify, { value: promisified(exec), enumerable: false });
Object.defineProperty(execFile, customPromisify, { value: promisified(execFile), enumerable: false });

// ---- the IPC channel (fork) -----------------------------------------------

// setupChannel gives target (a ChildProcess, or process in a forked child)
// node's JSON channel over handle: send(), 'message' (in a tick after the
// line was read, as node's handleMessage), disconnect() and 'disconnect'.
function setupChannel(target, handle) {
  let refs = 0;
  const channel = {
    ref() { handle.ref(); },
    unref() { handle.unref(); },
    hasRef() { return handle.hasRef(); },
  };
  target.channel = channel;
  target.connected = true;
  const control = {
    refCounted() { if (++refs === 1) handle.ref(); },
    unrefCounted() { if (--refs === 0) handle.unref(); },
  };
  let buffered = '';
  let buffering = false;
  let closed = false;
  const closeChannel = () => {
    if (closed) return;
    closed = true;
    handle.onread = () => {};
    handle.close();
  };
  handle.setEncoding('utf8');
  handle.onread = (chunk) => {
    if (typeof chunk === 'string') {
      buffered += chunk;
      let i;
      while ((i = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, i);
        buffered = buffered.slice(i + 1);
        const message = JSON.parse(line);
        const internalMsg = message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
          message.cmd.startsWith('NODE_');
        if (target.channel) process.nextTick(() => target.emit(internalMsg ? 'internalMessage' : 'message', message));
      }
      buffering = buffered.length !== 0;
      return;
    }
    // The other end closed (or failed).
    buffering = false;
    if (target.connected) target.disconnect();
    closeChannel();
    target.channel = null;
    if (target instanceof ChildProcess) maybeClose(target);
  };
  handle.readStart();

  target.send = function send(message, sendHandle, options, callback) {
    if (typeof sendHandle === 'function') {
      callback = sendHandle; sendHandle = undefined; options = undefined;
    } else if (typeof options === 'function') {
      callback = options; options = undefined;
    }
    if (message === undefined) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (sendHandle) {
      throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'evloop: sending handles over the IPC channel is not supported');
    }
    if (!this.connected) {
      const ex = nodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
      return false;
    }
    const r = handle.write(JSON.stringify(message) + '\n', (code) => {
      control.unrefCounted();
      if (typeof callback === 'function') callback(code ? errnoException(code, 'write') : null);
    });
    if (r === 1) {
      control.refCounted();
    } else if (typeof r === 'string') {
      const ex = errnoException(r, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
      return false;
    } else if (typeof callback === 'function') {
      process.nextTick(callback, null);
    }
    return true;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', nodeError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    this.channel = null;
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      closeChannel();
      target.emit('disconnect');
    };
    if (buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };
  return control;
}

// _forkChild is called before a forked evloop's main script runs, with
// the handle of its NODE_CHANNEL_FD: the channel does not keep the child
// alive unless someone listens for 'message' or 'disconnect' (node's
// _forkChild).
function _forkChild(handle) {
  handle.unref();
  const control = setupChannel(process, handle);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL)) {
    throw internal.invalidArgType('modulePath', 'string or an instance of URL', modulePath);
  }
  if (modulePath instanceof URL) modulePath = decodeURIComponent(modulePath.pathname);
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args; args = [];
  } else if (args == null) {
    args = [];
  } else if (!Array.isArray(args)) {
    throw internal.invalidArgType('args', 'object', args);
  }
  options = { ...options };
  const execArgv = options.execArgv || process.execArgv;
  args = execArgv.concat([modulePath], args);
  if (typeof options.stdio === 'string') {
    options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw nodeError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
  }
  options.shell = false;
  return spawn(options.execPath || process.execPath, args, options);
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  _forkChild,
  spawn,
  spawnSync,
};
