// console: the bodies of console's methods. The console object is made in
// Go (js/console.go) with natives that load this file on the first call of
// any method and call the function of the same name here, with the same
// this and arguments; a program that never logs never compiles it.
'use strict';

const console = internal.console;
const colorDepth = internal.colorDepth;
let groupIndent = '';
const counts = new Map();
const timers = new Map();
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
function formatFor(fd, args) {
  const opts = consoleOptions(fd);
  return opts === undefined ? internal.format(...args) : internal.formatWithOptions(opts, ...args);
}

function out(fd, text) {
  if (groupIndent !== '') text = groupIndent + text.split('\n').join('\n' + groupIndent);
  internal.write(fd, text + '\n');
}
module.exports = {
  log(...args) { out(1, formatFor(1, args)); },
  info(...args) { out(1, formatFor(1, args)); },
  debug(...args) { out(1, formatFor(1, args)); },
  warn(...args) { out(2, formatFor(2, args)); },
  error(...args) { out(2, formatFor(2, args)); },
  trace(...args) {
    const err = new Error(internal.format(...args));
    err.name = 'Trace';
    // From the caller: without this function's frame and the native's.
    const lines = String(err.stack).split('\n');
    const at = lines.findIndex((l) => l.startsWith('\tat trace ('));
    if (at >= 0) lines.splice(at, lines[at + 1] === '\tat trace (native)' ? 2 : 1);
    // Without evloop's own frames and goja's bytecode offsets, as an
    // uncaught error's stack is printed (js/runtime.go, cleanStack).
    const shown = lines.filter((l) => !l.includes('github.com/evloop/') && !l.startsWith('\tat enter (<eval>'));
    out(2, shown.join('\n').replace(/(:\d+:\d+)\(\d+\)/g, '$1').replace(/\t/g, '    '));
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
  table(data, properties) { out(1, internal.lib('console_table.js')(data, properties)); },
};

