// bootstrap: the globals every node program sees — process, the timers,
// queueMicrotask, console, performance. It runs once per Runtime as
// function (internal, require) before the main module; `internal` holds the
// Go natives (js/natives.go) and never becomes a global.
'use strict';

const EventEmitter = require('events');

// goja has no Symbol.asyncIterator; lowered for-await loops look for the
// registered symbol esbuild's helpers fall back to, so define it as that.
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
}

// node 20 defines the explicit resource management symbols; goja has
// neither, so they are made here (timers use Symbol.dispose).
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol('nodejs.' + name) });
  }
}

// describe renders a received value the way node's ERR_INVALID_ARG_TYPE
// messages do.
internal.describe = function describe(v) {
  if (v == null) return String(v);
  if (typeof v === 'function') return 'function ' + (v.name || '(anonymous)');
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name) return 'an instance of ' + v.constructor.name;
    return internal.inspect(v, { depth: -1 });
  }
  let shown = internal.inspect(v);
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'type ' + typeof v + ' (' + shown + ')';
};

function invalidArgType(name, type, value) {
  // node: a dotted name is an options property, not an argument.
  const kind = name.includes('.') ? 'property' : 'argument';
  const err = new TypeError('The "' + name + '" ' + kind + ' must be of type ' + type + '. Received ' + internal.describe(value));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}
internal.invalidArgType = invalidArgType;

// ---- process -------------------------------------------------------------

const process = new EventEmitter();
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
process.title = 'node';
process.version = internal.nodeVersion;
process.versions = internal.versions;
process.arch = internal.arch;
process.platform = internal.platform;
process.release = { name: 'node' };
process.argv = internal.argv;
process.argv0 = 'node';
process.execArgv = [];
process.execPath = internal.execPath || '/usr/local/bin/node';
// Like node's, process.env stores strings only.
process.env = new Proxy(internal.env, {
  set(target, key, value) { target[key] = String(value); return true; },
  defineProperty(target, key, desc) { target[key] = String(desc.value); return true; },
});
process.pid = internal.pid;
process.ppid = internal.pid - 1;
process.exitCode = undefined;
process._exiting = false;
process.config = { variables: {} };
process.features = {};
process.cwd = () => internal.cwd();
process.chdir = (dir) => internal.chdir(String(dir));
process.uptime = () => internal.hrtimeNs() / 1e9;
process.umask = () => 0o22;
process.getuid = () => internal.uid;
process.getgid = () => internal.gid;
process.memoryUsage = () => internal.memoryUsage();
process.memoryUsage.rss = () => internal.memoryUsage().rss;
process.cpuUsage = () => ({ user: 0, system: 0 });
process.resourceUsage = () => ({});
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
      e.code = 'ERR_UNKNOWN_SIGNAL';
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
    e.code = code;
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
process.stdout = { fd: 1, isTTY: internal.stdoutTTY, write(s, enc, cb) { internal.write(1, String(s)); if (typeof enc === 'function') enc(); else if (typeof cb === 'function') cb(); return true; }, columns: 80 };
process.stderr = { fd: 2, isTTY: internal.stderrTTY, write(s, enc, cb) { internal.write(2, String(s)); if (typeof enc === 'function') enc(); else if (typeof cb === 'function') cb(); return true; }, columns: 80 };
for (const stream of [process.stdout, process.stderr]) {
  if (stream.isTTY) Object.assign(stream, { getColorDepth: colorDepth, hasColors: (n = 16) => 2 ** colorDepth() >= n });
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
    if (!Array.isArray(prev)) throw invalidArgType('time', 'an instance of Array', prev);
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

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  internal.exit(process.exitCode === undefined ? 0 : process.exitCode | 0);
};
process.reallyExit = (code) => internal.reallyExit(code | 0);

process.emitWarning = function emitWarning(warning, type, code) {
  if (typeof type === 'object' && type !== null) { code = type.code; type = type.type; }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    warning = w;
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => {
    process.emit('warning', warning);
    if (!internal.noWarnings) {
      internal.write(2, '(node:' + process.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') +
        warning.name + ': ' + warning.message + '\n' +
        (internal.warned ? '' : '(Use `node --' + (warning.name === 'DeprecationWarning' ? 'trace-deprecation' : 'trace-warnings') +
          ' ...` to show where the warning was created)\n'));
      internal.warned = true;
    }
  });
};

process.binding = () => { throw new Error('No such module'); };
process.setUncaughtExceptionCaptureCallback = () => {};
process.hasUncaughtExceptionCaptureCallback = () => false;

// ---- timers --------------------------------------------------------------

const kId = Symbol('timerId');
const byId = new Map(); // ids handed out by Symbol.toPrimitive, for clearTimeout(n)

// Timeout and Immediate objects are made by the natives (js/natives.go)
// from these prototypes: goja builds a property map per ordinary object, and
// 100k pending timers made that the main cost of setTimeout. A Timeout is a
// dynamic object over the loop's Timer (js/timerobj.go) whose one own
// property is _onTimeout; an Immediate, over the loop's Immediate, keeps
// _onImmediate.
// node's other internal fields read through; the accessors and methods pass
// the object itself to the natives.
class Timeout {
  get _idleTimeout() { return internal.timerDelay(this); }
  get _repeat() { return internal.timerRepeat(this); }
  // node's _repeat is writable: a timeout given one runs again, an interval.
  set _repeat(ms) { internal.timerSetRepeat(this, ms); }
  get _destroyed() { return !internal.timerAlive(this); }
  ref() { internal.timerRef(this, true); return this; }
  unref() { internal.timerRef(this, false); return this; }
  hasRef() { return internal.timerHasRef(this); }
  refresh() { internal.timerRefresh(this); return this; }
  close() { clearTimeout(this); return this; }
  [Symbol.dispose]() { clearTimeout(this); }
  [Symbol.toPrimitive]() {
    const id = this[kId];
    byId.set(id, this);
    return id;
  }
}

class Immediate {
  get _destroyed() { return !internal.immediateAlive(this); }
  ref() { internal.immediateRef(this, true); return this; }
  unref() { internal.immediateRef(this, false); return this; }
  hasRef() { return internal.immediateHasRef(this); }
  [Symbol.dispose]() { clearImmediate(this); }
}

function overflowWarning(after) {
  process.emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
    'TimeoutOverflowWarning');
}

const { setTimeout, setInterval, setImmediate } =
  internal.timerFunctions(Timeout.prototype, Immediate.prototype, kId, overflowWarning);
for (const [f, name] of [[setTimeout, 'setTimeout'], [setInterval, 'setInterval'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(f, 'name', { value: name });
}

function clearTimeout(timer) {
  if (timer && timer[kId] !== undefined) {
    internal.timerClear(timer);
    byId.delete(timer[kId]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byId.get(Number(timer));
    if (t !== undefined) clearTimeout(t);
  }
}

function clearImmediate(immediate) {
  if (immediate && immediate[kId] !== undefined) {
    internal.immediateClear(immediate);
  }
}

// node's legacy timers API (require('timers').enroll, unenroll, active,
// _unrefActive), deprecated but still called by old packages: any object with
// _onTimeout becomes a timer of _idleTimeout ms. Here a hidden Timeout does
// the waiting for a plain object; a real Timeout is restarted or cleared.
const legacyTimer = new WeakMap(); // plain object → its hidden Timeout
const legacyWarned = new Set();
function legacyDeprecated(name, instead, code) {
  if (legacyWarned.has(code)) return;
  legacyWarned.add(code);
  process.emitWarning('timers.' + name + '() is deprecated. Please use ' + instead + ' instead.', 'DeprecationWarning', code);
}
function legacyStop(item) {
  const t = legacyTimer.get(item);
  if (t !== undefined) { clearTimeout(t); legacyTimer.delete(item); }
}
function enroll(item, msecs) {
  legacyDeprecated('enroll', 'setTimeout', 'DEP0095');
  if (typeof msecs !== 'number') throw invalidArgType('msecs', 'number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const err = new RangeError('The value of "msecs" is out of range. It must be a non-negative finite number. Received ' + internal.inspect(msecs));
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  if (item instanceof Timeout) clearTimeout(item); else legacyStop(item);
  item._idleTimeout = msecs;
}
function unenroll(item) {
  legacyDeprecated('unenroll', 'clearTimeout', 'DEP0096');
  if (item instanceof Timeout) { clearTimeout(item); return; }
  if (item._destroyed) return;
  item._destroyed = true;
  legacyStop(item);
  item._idleTimeout = -1;
}
function legacyActive(item, refed) {
  if (item instanceof Timeout) {
    if (!item._destroyed) { item.refresh(); if (!refed) item.unref(); }
    return;
  }
  const ms = item._idleTimeout;
  if (ms === undefined || ms < 0) return;
  legacyStop(item);
  item._destroyed = false;
  const t = setTimeout(() => {
    legacyTimer.delete(item);
    try { item._onTimeout(); } finally { item._destroyed = true; }
  }, ms);
  if (!refed) t.unref();
  legacyTimer.set(item, t);
}
function active(item) {
  legacyDeprecated('active', 'timeout.refresh()', 'DEP0126');
  legacyActive(item, true);
}
function _unrefActive(item) {
  legacyDeprecated('_unrefActive', 'timeout.refresh()', 'DEP0127');
  legacyActive(item, false);
}

const resolved = Promise.resolve();
function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  internal.labelNextReaction('queueMicrotask ' + (callback.name || '(anonymous)'));
  resolved.then(() => {
    try {
      callback();
    } catch (err) {
      internal.reportUncaught(classCallMessage(err, callback));
    }
  });
}

// classCallMessage gives goja's "Class constructor cannot be invoked" the
// class's name, as V8's message has it.
function classCallMessage(err, fn) {
  if (err instanceof TypeError && err.message === "Class constructor cannot be invoked without 'new'" && fn.name) {
    err.message = 'Class constructor ' + fn.name + " cannot be invoked without 'new'";
    if (typeof err.stack === 'string') err.stack = err.stack.replace('Class constructor cannot', 'Class constructor ' + fn.name + ' cannot');
  }
  return err;
}

// ---- console -------------------------------------------------------------

let groupIndent = '';
const counts = new Map();
const timers = new Map();
// colorDepth is node's tty.WriteStream.prototype.getColorDepth (bits a
// pixel: 1, 4, 8 or 24), from the environment: FORCE_COLOR wins, then
// NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb turn colour off, then the
// terminal's name says how many colours it has.
function colorDepth(env = process.env) {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === '1' || force === 'true' ? 4 : force === '2' ? 8 : force === '3' ? 24 : 1;
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX || env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.CI !== undefined) return 8;
  const term = String(env.TERM || '').toLowerCase();
  if (/-256(colou?r)?$/.test(term)) return 8;
  if (/^(xterm|screen|vt100|vt220|rxvt|linux|cygwin|ansi|konsole|eterm|kterm|putty|gnome|mosh|st|tmux|alacritty)|color|^con\d+x\d+/.test(term)) return 4;
  return env.COLORTERM ? 4 : 1;
}

// consoleOptions is what console.log formats with, as node's Console
// chooses: colours when the stream is a terminal with colours (or
// FORCE_COLOR says so), over the defaults the program set in
// util.inspect.defaultOptions. undefined: node's defaults, the fast path.
function consoleOptions(fd) {
  const changed = internal.inspectDefaults !== undefined ? internal.inspectDefaults() : undefined;
  const stream = fd === 1 ? process.stdout : process.stderr;
  if ((stream.isTTY || process.env.FORCE_COLOR !== undefined) && colorDepth() > 2) return Object.assign(changed || {}, { colors: true });
  for (const k in changed) return changed;
  return undefined;
}
function formatFor(fd, args) {
  const opts = consoleOptions(fd);
  return opts === undefined ? internal.format(...args) : internal.formatWithOptions(opts, ...args);
}

function out(fd, text) {
  if (groupIndent !== '') text = groupIndent + text.split('\n').join('\n' + groupIndent);
  internal.write(fd, text + '\n');
}
const console = {
  log(...args) { out(1, formatFor(1, args)); },
  info(...args) { out(1, formatFor(1, args)); },
  debug(...args) { out(1, formatFor(1, args)); },
  warn(...args) { out(2, formatFor(2, args)); },
  error(...args) { out(2, formatFor(2, args)); },
  trace(...args) {
    const err = new Error(internal.format(...args));
    err.name = 'Trace';
    out(2, String(err.stack).replace(/\t/g, '    '));
  },
  dir(obj, options) { out(1, internal.inspect(obj, Object.assign({ customInspect: false }, options))); },
  dirxml(...args) { out(1, internal.format(...args)); },
  assert(ok, ...args) {
    if (!ok) {
      args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
      out(2, internal.format(...args));
    }
  },
  count(label = 'default') {
    label = String(label);
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    out(1, label + ': ' + n);
  },
  countReset(label = 'default') { counts.delete(String(label)); },
  group(...args) { if (args.length) console.log(...args); groupIndent += '  '; },
  groupCollapsed(...args) { console.group(...args); },
  groupEnd() { groupIndent = groupIndent.slice(0, -2); },
  time(label = 'default') { timers.set(String(label), internal.nowMs()); },
  timeEnd(label = 'default') { console.timeLog(label); timers.delete(String(label)); },
  timeLog(label = 'default', ...data) {
    const start = timers.get(String(label));
    if (start === undefined) return;
    const ms = internal.nowMs() - start;
    const shown = ms >= 1000 ? (ms / 1000).toFixed(3) + 's' : ms.toFixed(3) + 'ms';
    out(1, internal.format(label + ': ' + shown, ...data));
  },
  table(data, properties) { out(1, renderTable(data, properties)); },
};

// util.promisify(setTimeout) and util.promisify(setImmediate) give the
// timers/promises versions, as in node.
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, promisifyCustom, { get: () => require('timers/promises').setTimeout });
Object.defineProperty(setImmediate, promisifyCustom, { get: () => require('timers/promises').setImmediate });

// ---- EventTarget, AbortController ---------------------------------------

class Event {
  constructor(type, init) { this.type = String(type); this.defaultPrevented = false; this.cancelable = !!(init && init.cancelable); this.timeStamp = performanceNow(); }
  preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  stopImmediatePropagation() { this._stop = true; }
  stopPropagation() {}
}

function notInstance(what, type, value) {
  const err = new TypeError('The ' + what + ' must be an instance of ' + type + '. Received ' + internal.describe(value));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class EventTarget {
  constructor() { Object.defineProperty(this, '_listeners', { value: new Map() }); }
  addEventListener(type, listener, options) {
    if (!listener) return;
    const once = typeof options === 'object' && options !== null && !!options.once;
    const list = this._listeners.get(type) || [];
    if (list.some((l) => l.listener === listener)) return;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw notInstance('"options.signal" property', 'AbortSignal', signal);
      }
      // An aborted signal adds nothing; a later abort removes the listener.
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
    }
    list.push({ listener, once });
    this._listeners.set(type, list);
  }
  removeEventListener(type, listener) {
    const list = this._listeners.get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i >= 0) list.splice(i, 1);
  }
  dispatchEvent(event) {
    const list = (this._listeners.get(event.type) || []).slice();
    Object.defineProperty(event, 'target', { value: this, configurable: true });
    for (const l of list) {
      if (l.once) this.removeEventListener(event.type, l.listener);
      if (typeof l.listener === 'function') l.listener.call(this, event); else l.listener.handleEvent(event);
      if (event._stop) break;
    }
    return !event.defaultPrevented;
  }
}

class AbortSignal extends EventTarget {
  constructor() { super(); this.aborted = false; this.reason = undefined; this.onabort = null; }
  throwIfAborted() { if (this.aborted) throw this.reason; }
  static abort(reason) { const c = new AbortController(); c.abort(reason); return c.signal; }
  // any: a signal that aborts with the reason of the first of signals to.
  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw notInstance('"signals" argument', 'Array', signals);
    }
    const list = [...signals];
    list.forEach((sig, i) => {
      if (sig === null || typeof sig !== 'object' || !(sig instanceof AbortSignal)) {
        throw notInstance('"signals[' + i + ']" argument', 'AbortSignal', sig);
      }
    });
    const c = new AbortController();
    const done = list.find((sig) => sig.aborted);
    if (done) {
      c.abort(done.reason);
      return c.signal;
    }
    for (const sig of list) sig.addEventListener('abort', () => c.abort(sig.reason), { once: true });
    return c.signal;
  }
  static timeout(ms) {
    const c = new AbortController();
    setTimeout(() => {
      const e = new Error('The operation was aborted due to timeout');
      e.name = 'TimeoutError';
      e.code = 23;
      c.abort(e);
    }, ms).unref();
    return c.signal;
  }
}

class AbortController {
  constructor() { this.signal = new AbortSignal(); }
  abort(reason) {
    const s = this.signal;
    if (s.aborted) return;
    if (reason === undefined) {
      reason = new Error('This operation was aborted');
      reason.name = 'AbortError';
      reason.code = 20;
    }
    s.aborted = true;
    s.reason = reason;
    const ev = new Event('abort');
    if (typeof s.onabort === 'function') s.onabort.call(s, ev);
    s.dispatchEvent(ev);
  }
}

// renderTable draws console.table's box, as node 20 does (cells left-aligned).
function renderTable(data, properties) {
  if (data === null || typeof data !== 'object') return internal.format(data);
  const cell = (v) => internal.inspect(v, { depth: 1, breakLength: Infinity, compact: 3 });
  const rows = [];
  const keys = [];
  let hasValues = false;
  const entries = data instanceof Map ? [...data.entries()] :
    Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.keys(data).map((k) => [k, data[k]]);
  for (const [index, value] of entries) {
    const row = { index: String(index), cells: {} };
    if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) {
        if (properties && !properties.includes(k)) continue;
        if (!keys.includes(k)) keys.push(k);
        row.cells[k] = cell(value[k]);
      }
    } else {
      hasValues = true;
      row.value = cell(value);
    }
    rows.push(row);
  }
  const header = ['(index)', ...(properties || keys)];
  if (hasValues) header.push('Values');
  const table = rows.map((r) => [r.index, ...(properties || keys).map((k) => r.cells[k] ?? ''),
    ...(hasValues ? [r.value ?? ''] : [])]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)) + 2);
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const fmt = (cells) => '│' + cells.map((c, i) => ' ' + c + ' '.repeat(widths[i] - c.length - 1)).join('│') + '│';
  return [line('┌', '┬', '┐'), fmt(header), line('├', '┼', '┤'), ...table.map(fmt), line('└', '┴', '┘')].join('\n');
}

// ---- globals -------------------------------------------------------------

function performanceNow() { return internal.nowMs(); }
const performance = {
  now: () => internal.nowMs(),
  timeOrigin: internal.timeOrigin,
  mark() {}, measure() {},
  toJSON() { return { timeOrigin: this.timeOrigin }; },
};

const g = globalThis;
function defineGlobal(name, value) {
  Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
}
defineGlobal('process', process);
defineGlobal('console', console);
defineGlobal('setTimeout', setTimeout);
defineGlobal('setInterval', setInterval);
defineGlobal('setImmediate', setImmediate);
defineGlobal('clearTimeout', clearTimeout);
defineGlobal('clearInterval', clearTimeout);
defineGlobal('clearImmediate', clearImmediate);
defineGlobal('queueMicrotask', queueMicrotask);
// The global performance is perf_hooks' when that module is registered
// (js/perf_hooks); else the small object above.
lazyGlobal('performance', () => {
  try {
    return require('perf_hooks').performance;
  } catch {
    return performance;
  }
});
defineGlobal('global', g);
defineGlobal('EventTarget', EventTarget);
defineGlobal('Event', Event);
defineGlobal('AbortController', AbortController);
defineGlobal('AbortSignal', AbortSignal);
// Globals that live in modules load on first use, as in node: a program
// that never touches Buffer or fetch never pays for them.
function lazyGlobal(name, load) {
  Object.defineProperty(g, name, {
    configurable: true, enumerable: false,
    get() { const value = load(); defineGlobal(name, value); return value; },
    set(value) { defineGlobal(name, value); },
  });
}
lazyGlobal('Buffer', () => require('buffer').Buffer);
lazyGlobal('atob', () => require('buffer').atob);
lazyGlobal('Blob', () => require('buffer').Blob);
lazyGlobal('File', () => require('buffer').File);
lazyGlobal('btoa', () => require('buffer').btoa);
lazyGlobal('TextEncoder', () => internal.lib('encoding.js').TextEncoder);
lazyGlobal('TextDecoder', () => internal.lib('encoding.js').TextDecoder);
lazyGlobal('URL', () => require('url').URL);
lazyGlobal('URLSearchParams', () => require('url').URLSearchParams);
lazyGlobal('fetch', () => require('http').fetch);
lazyGlobal('Headers', () => require('http').Headers);
lazyGlobal('Response', () => require('http').Response);
lazyGlobal('structuredClone', () => internal.lib('structured_clone.js').structuredClone);
lazyGlobal('DOMException', () => internal.lib('structured_clone.js').DOMException);
// node 20's web stream globals are stream/web's classes when that module is
// registered (js/webstreams); else they are absent.
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  lazyGlobal(name, () => {
    try {
      return require('stream/web')[name];
    } catch {
      return undefined;
    }
  });
}
// perf_hooks' and worker_threads' classes are globals in node 20 when
// those modules are registered; else they are absent.
function globalsFrom(module, names) {
  for (const name of names) {
    lazyGlobal(name, () => {
      try {
        return require(module)[name];
      } catch {
        return undefined;
      }
    });
  }
}
globalsFrom('perf_hooks', ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']);
globalsFrom('worker_threads', ['MessageChannel', 'MessagePort', 'BroadcastChannel']);

// CustomEvent and MessageEvent: Events carrying a detail, or a message.
const kDetail = Symbol('kDetail');
class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) {
      const err = new TypeError('The "type" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    super(type, options);
    Object.defineProperty(this, kDetail, { value: options?.detail ?? null });
  }
  get detail() { return this[kDetail]; }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });
const kMessage = Symbol('kMessage');
class MessageEvent extends Event {
  constructor(type, init = {}) {
    super(type, init);
    Object.defineProperty(this, kMessage, { value: {
      data: init?.data ?? null, origin: init?.origin ?? '', lastEventId: init?.lastEventId ?? '',
      source: init?.source ?? null, ports: init?.ports ? [...init.ports] : [],
    } });
  }
  get data() { return this[kMessage].data; }
  get origin() { return this[kMessage].origin; }
  get lastEventId() { return this[kMessage].lastEventId; }
  get source() { return this[kMessage].source; }
  get ports() { return this[kMessage].ports; }
}
for (const k of ['data', 'origin', 'lastEventId', 'source', 'ports']) Object.defineProperty(MessageEvent.prototype, k, { enumerable: true });
defineGlobal('CustomEvent', CustomEvent);
defineGlobal('MessageEvent', MessageEvent);
internal.lib('error_globals.js');

module.exports = { Timeout, Immediate, setTimeout, setInterval, setImmediate, clearTimeout,
  clearInterval: clearTimeout, clearImmediate, queueMicrotask, console, process,
  timersLegacy: { enroll, unenroll, active, _unrefActive } };
