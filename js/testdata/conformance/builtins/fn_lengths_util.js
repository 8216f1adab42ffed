// .length of util's, util.types', path's (posix and win32; not the experimental matchesGlob), console's and Console.prototype's, legacy timers' and process's functions, as node's
const show = (label, obj) => {
  const parts = [];
  for (const k of Object.keys(obj).sort()) if (typeof obj[k] === 'function') parts.push(k + ':' + obj[k].length);
  console.log(label, parts.join(' '));
};
const util = require('util');
show('util', util);
show('util.types', util.types);
show('path', Object.fromEntries(Object.entries(require('path')).filter(([k]) => k !== 'matchesGlob')));
show('path.win32', Object.fromEntries(Object.entries(require('path').win32).filter(([k]) => k !== 'matchesGlob')));
show('console', console);
const proto = {};
for (const k of Object.getOwnPropertyNames(console.Console.prototype)) if (k !== 'constructor') proto[k] = console.Console.prototype[k];
show('Console.prototype', proto);
show('timers', require('timers'));
show('process', Object.fromEntries(['nextTick', 'binding', 'reallyExit', 'setUncaughtExceptionCaptureCallback', 'hasUncaughtExceptionCaptureCallback', 'cpuUsage', 'resourceUsage', 'loadEnvFile', 'memoryUsage', 'hrtime', 'exit', 'kill', 'cwd', 'chdir', 'uptime', 'emitWarning', 'umask', 'abort'].map((k) => [k, process[k]])));
