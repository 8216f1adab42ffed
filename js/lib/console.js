// console: the bodies of console's methods. The console object is made in
// Go (js/console.go) with natives that load this file on the first call of
// any method and call the function of the same name here, with the same
// this and arguments; a program that never logs never compiles it.
'use strict';

const colorDepth = internal.colorDepth;
// consoleOptions is what console.log formats with, as node's Console
// chooses: colours when the stream is a terminal with colours (or
// FORCE_COLOR says so), over the defaults the program set in
// util.inspect.defaultOptions. undefined: node's defaults, the fast path.
function consoleOptions(fd) {
  const changed = internal.inspectDefaults !== undefined ? internal.inspectDefaults() : undefined;
  // Before the process object is made, its streams are the embedder's.
  const p = internal.processObject;
  const isTTY = p === undefined ? (fd === 1 ? internal.stdoutTTY : internal.stderrTTY) : (fd === 1 ? p.stdout : p.stderr).isTTY;
  const env = p === undefined ? internal.env : p.env;
  if ((isTTY || env.FORCE_COLOR !== undefined) && colorDepth() > 2) return Object.assign(changed || {}, { colors: true });
  for (const k in changed) return changed;
  return undefined;
}

// A console's state: where it writes (fd 1 its stdout, 2 its stderr), how
// it formats, its group indent, counters and timers. The global console's
// writes go straight to the process's fds; a Console's to its streams.
function newState(write, options, isTTY, indentWidth) {
  return { write, options, isTTY, indentWidth, groupIndent: '', counts: new Map(), timers: new Map() };
}
const globalState = newState((fd, text) => internal.write(fd, text), consoleOptions, () => {
  const p = internal.processObject;
  return p === undefined ? internal.stdoutTTY : p.stdout.isTTY;
}, 2);
const states = new WeakMap();
const noop = () => {};
// state finds this's state: a Console's own, else the global console's
// (its methods are called with any this, or none, as node's bound ones).
function state(self) {
  return (self !== null && (typeof self === 'object' || typeof self === 'function') && states.get(self)) || globalState;
}

function formatFor(st, fd, args) {
  const opts = st.options(fd);
  return opts === undefined ? internal.format(...args) : internal.formatWithOptions(opts, ...args);
}
function out(st, fd, text) {
  if (st.groupIndent !== '') text = st.groupIndent + text.split('\n').join('\n' + st.groupIndent);
  st.write(fd, text + '\n');
}

function streamError(name) {
  return internal.codedError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for ' + name);
}

// init is new Console(stdout[, stderr[, ignoreErrors]]) or new
// Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions,
// groupIndentation }), as node 20 checks them; this is the new instance.
function init(options, ...rest) {
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: rest[0], ignoreErrors: rest[1] };
  }
  const { stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation = 2 } = options;
  if (!stdout || typeof stdout.write !== 'function') throw streamError('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw streamError('stderr');
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw internal.codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'colorMode' must be one of: 'auto', true, false. Received " + internal.inspect(colorMode));
  }
  if (typeof groupIndentation !== 'number') throw internal.invalidArgType('groupIndentation', 'number', groupIndentation);
  if (!Number.isInteger(groupIndentation) || groupIndentation < 0 || groupIndentation > 1000) {
    throw internal.codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "groupIndentation" is out of range. It must be ' +
      (Number.isInteger(groupIndentation) ? '>= 0 && <= 1000' : 'an integer') + '. Received ' + internal.inspect(groupIndentation));
  }
  if (inspectOptions !== undefined && (inspectOptions === null || typeof inspectOptions !== 'object')) {
    throw internal.invalidArgType('options.inspectOptions', 'object', inspectOptions);
  }
  if (inspectOptions !== undefined && inspectOptions.colors !== undefined && options.colorMode !== undefined) {
    throw internal.codedError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
      'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
  }
  const stream = (fd) => (fd === 1 ? stdout : stderr);
  // As node's: unless ignoreErrors is false, a write's error (thrown, or
  // emitted with no other listener) is dropped.
  const write = (fd, text) => {
    const s = stream(fd);
    if (ignoreErrors === false) {
      s.write(text);
      return;
    }
    try {
      if (s.listenerCount('error') === 0) s.once('error', noop);
      s.write(text, (err) => {
        if (err != null && !(s._writableState && s._writableState.errorEmitted) && s.listenerCount('error') === 0) s.once('error', noop);
      });
    } catch (e) {
      if (e instanceof RangeError && /call stack/.test(e.message)) throw e;
    } finally {
      s.removeListener('error', noop);
    }
  };
  const opts = (fd) => {
    let colors = colorMode;
    if (colors === 'auto') {
      const s = stream(fd);
      colors = Boolean(s.isTTY) && (typeof s.getColorDepth === 'function' ? s.getColorDepth() > 2 : true);
    }
    if (inspectOptions !== undefined) return inspectOptions.colors === undefined ? Object.assign({}, inspectOptions, { colors }) : inspectOptions;
    return colors ? { colors: true } : undefined;
  };
  states.set(this, newState(write, opts, () => stdout.isTTY, groupIndentation));
}

function group(...args) {
  const st = state(this);
  // As node's: through this.log, which a program may have replaced.
  const self = this !== null && this !== undefined && typeof this.log === 'function' ? this : internal.console;
  if (args.length) Reflect.apply(self.log, self, args);
  st.groupIndent += ' '.repeat(st.indentWidth);
}
function warn(message) {
  const p = internal.processObject;
  if (p !== undefined) p.emitWarning(message);
}
// formatTime is node's: milliseconds with up to three decimals and no
// trailing zeros (0.47ms), seconds with three (1.235s), and from a
// minute on m:ss.mmm or h:mm:ss.mmm with that legend.
function formatTime(ms) {
  let hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  const pad = (v) => String(v).padStart(2, '0');
  if (hours !== 0 || minutes !== 0) {
    const [whole, frac] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${head}:${pad(whole)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}
function timeLog(label = 'default', ...data) {
  timeLogImpl(state(this), 'timeLog', label, data);
}
function timeLogImpl(st, name, label, data) {
  label = String(label);
  const start = st.timers.get(label);
  if (start === undefined) {
    warn(`No such label '${label}' for console.${name}()`);
    return false;
  }
  out(st, 1, internal.format(label + ': ' + formatTime(internal.nowMs() - start), ...data));
  return true;
}

module.exports = {
  init,
  log(...args) { const st = state(this); out(st, 1, formatFor(st, 1, args)); },
  info(...args) { const st = state(this); out(st, 1, formatFor(st, 1, args)); },
  debug(...args) { const st = state(this); out(st, 1, formatFor(st, 1, args)); },
  warn(...args) { const st = state(this); out(st, 2, formatFor(st, 2, args)); },
  error(...args) { const st = state(this); out(st, 2, formatFor(st, 2, args)); },
  trace(...args) {
    // From the caller, as node's Error.captureStackTrace(err, trace).
    const err = { name: 'Trace', message: internal.format(...args) };
    internal.captureStackTrace(err, module.exports.trace);
    out(state(this), 2, err.stack);
  },
  dir(obj, options) {
    const st = state(this);
    out(st, 1, internal.inspect(obj, Object.assign({ customInspect: false }, st.options(1), options)));
  },
  dirxml(...args) { const st = state(this); out(st, 1, formatFor(st, 1, args)); },
  assert(ok, ...args) {
    if (!ok) {
      args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
      const st = state(this);
      out(st, 2, formatFor(st, 2, args));
    }
  },
  // clear homes the cursor and clears the screen, on a terminal only.
  clear() {
    const st = state(this);
    const p = internal.processObject;
    if (st.isTTY() && (p === undefined || p.env.TERM !== 'dumb')) st.write(1, '\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    const st = state(this);
    label = String(label);
    const n = (st.counts.get(label) || 0) + 1;
    st.counts.set(label, n);
    out(st, 1, label + ': ' + n);
  },
  countReset(label = 'default') {
    label = String(label);
    if (!state(this).counts.delete(label)) warn(`Count for '${label}' does not exist`);
  },
  group,
  groupCollapsed: group,
  groupEnd() { const st = state(this); st.groupIndent = st.groupIndent.slice(0, -st.indentWidth || undefined); },
  time(label = 'default') {
    const st = state(this);
    label = String(label);
    if (st.timers.has(label)) {
      warn(`Label '${label}' already exists for console.time()`);
      return;
    }
    st.timers.set(label, internal.nowMs());
  },
  timeEnd(label = 'default') {
    const st = state(this);
    if (timeLogImpl(st, 'timeEnd', label, [])) st.timers.delete(String(label));
  },
  timeLog,
  table(data, properties) { out(state(this), 1, internal.lib('console_table.js')(data, properties)); },
  // The inspector's methods: without an inspector session node prints
  // nothing for them.
  profile: noop,
  profileEnd: noop,
  timeStamp: noop,
  // context(name): a console of V8's that writes as the global one.
  context() {
    const g = internal.console;
    const c = {};
    for (const k of ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
      'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time', 'timeEnd',
      'timeStamp']) {
      c[k] = g[k === 'dirXml' ? 'dirxml' : k];
    }
    return c;
  },
  // createTask(name): V8's async stack tagging; run(f) calls f.
  createTask(name) {
    if (arguments.length < 1) throw new TypeError('First argument must be a string.');
    return { run(f) { return f(); } };
  },
};
