// os: facts about the machine, as the host reports them (internal.osInfo;
// the wasm build reports a fixed, plausible machine).
'use strict';

const info = internal.osInfo();

// nullObject builds a null-prototype table from [name, value] pairs, the
// shape of node's os.constants tables (not frozen, as node's).
function nullObject(pairs) {
  const o = Object.create(null);
  for (const [k, v] of pairs) o[k] = v;
  return o;
}

// Linux signal numbers, in node's order.
const signalNames = ['SIGHUP', 1, 'SIGINT', 2, 'SIGQUIT', 3, 'SIGILL', 4, 'SIGTRAP', 5, 'SIGABRT', 6, 'SIGIOT', 6,
  'SIGBUS', 7, 'SIGFPE', 8, 'SIGKILL', 9, 'SIGUSR1', 10, 'SIGSEGV', 11, 'SIGUSR2', 12, 'SIGPIPE', 13,
  'SIGALRM', 14, 'SIGTERM', 15, 'SIGCHLD', 17, 'SIGSTKFLT', 16, 'SIGCONT', 18, 'SIGSTOP', 19, 'SIGTSTP', 20,
  'SIGTTIN', 21, 'SIGTTOU', 22, 'SIGURG', 23, 'SIGXCPU', 24, 'SIGXFSZ', 25, 'SIGVTALRM', 26, 'SIGPROF', 27,
  'SIGWINCH', 28, 'SIGIO', 29, 'SIGPOLL', 29, 'SIGPWR', 30, 'SIGSYS', 31];
// Linux errno numbers, in node's order.
const errnoNames = ['E2BIG', 7, 'EACCES', 13, 'EADDRINUSE', 98, 'EADDRNOTAVAIL', 99, 'EAFNOSUPPORT', 97,
  'EAGAIN', 11, 'EALREADY', 114, 'EBADF', 9, 'EBADMSG', 74, 'EBUSY', 16, 'ECANCELED', 125, 'ECHILD', 10,
  'ECONNABORTED', 103, 'ECONNREFUSED', 111, 'ECONNRESET', 104, 'EDEADLK', 35, 'EDESTADDRREQ', 89, 'EDOM', 33,
  'EDQUOT', 122, 'EEXIST', 17, 'EFAULT', 14, 'EFBIG', 27, 'EHOSTUNREACH', 113, 'EIDRM', 43, 'EILSEQ', 84,
  'EINPROGRESS', 115, 'EINTR', 4, 'EINVAL', 22, 'EIO', 5, 'EISCONN', 106, 'EISDIR', 21, 'ELOOP', 40,
  'EMFILE', 24, 'EMLINK', 31, 'EMSGSIZE', 90, 'EMULTIHOP', 72, 'ENAMETOOLONG', 36, 'ENETDOWN', 100,
  'ENETRESET', 102, 'ENETUNREACH', 101, 'ENFILE', 23, 'ENOBUFS', 105, 'ENODATA', 61, 'ENODEV', 19,
  'ENOENT', 2, 'ENOEXEC', 8, 'ENOLCK', 37, 'ENOLINK', 67, 'ENOMEM', 12, 'ENOMSG', 42, 'ENOPROTOOPT', 92,
  'ENOSPC', 28, 'ENOSR', 63, 'ENOSTR', 60, 'ENOSYS', 38, 'ENOTCONN', 107, 'ENOTDIR', 20, 'ENOTEMPTY', 39,
  'ENOTSOCK', 88, 'ENOTSUP', 95, 'ENOTTY', 25, 'ENXIO', 6, 'EOPNOTSUPP', 95, 'EOVERFLOW', 75, 'EPERM', 1,
  'EPIPE', 32, 'EPROTO', 71, 'EPROTONOSUPPORT', 93, 'EPROTOTYPE', 91, 'ERANGE', 34, 'EROFS', 30,
  'ESPIPE', 29, 'ESRCH', 3, 'ESTALE', 116, 'ETIME', 62, 'ETIMEDOUT', 110, 'ETXTBSY', 26, 'EWOULDBLOCK', 11,
  'EXDEV', 18];
function pairs(list) {
  const out = [];
  for (let i = 0; i < list.length; i += 2) out.push([list[i], list[i + 1]]);
  return out;
}

const constants = Object.assign(Object.create(null), {
  UV_UDP_REUSEADDR: 4,
  dlopen: nullObject([['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0], ['RTLD_DEEPBIND', 8]]),
  errno: nullObject(pairs(errnoNames)),
  signals: nullObject(pairs(signalNames)),
  priority: nullObject([['PRIORITY_LOW', 19], ['PRIORITY_BELOW_NORMAL', 10], ['PRIORITY_NORMAL', 0],
    ['PRIORITY_ABOVE_NORMAL', -7], ['PRIORITY_HIGH', -14], ['PRIORITY_HIGHEST', -20]]),
});

// validateInt32 is node's check of a pid or a priority.
function validateInt32(value, name, min = -(2 ** 31), max = 2 ** 31 - 1) {
  if (typeof value !== 'number') throw internal.invalidArgType(name, 'number', value);
  let range;
  if (!Number.isInteger(value)) range = 'an integer';
  else if (value < min || value > max) range = '>= ' + min + ' && <= ' + max;
  if (range !== undefined) {
    throw internal.codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be ' +
      range + '. Received ' + internal.inspect(value));
  }
}

// cpus: the host's processors (js/osfigures.go), else one virtual CPU per
// core Go sees.
function cpus() {
  const host = internal.osCPUs();
  if (host !== null && host.length > 0) {
    return host.map((c) => ({ model: c.model, speed: c.speed,
      times: { user: c.user, nice: c.nice, sys: c.sys, idle: c.idle, irq: c.irq } }));
  }
  const list = [];
  for (let i = 0; i < info.cpus; i++) {
    list.push({ model: 'evloop virtual CPU', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
  }
  return list;
}

function machine() {
  switch (info.arch) {
    case 'x64': return 'x86_64';
    case 'arm64': return 'aarch64';
    case 'ia32': return 'i686';
    default: return info.arch;
  }
}

// userInfo has no password database to read: the name and shell come from
// the environment.
function userInfo(options) {
  const env = internal.env;
  const uid = process.getuid();
  const o = Object.create(null);
  o.uid = uid;
  o.gid = process.getgid();
  o.username = env.USER || env.LOGNAME || (uid === 0 ? 'root' : '');
  o.homedir = info.homedir;
  o.shell = env.SHELL || null;
  if (options !== null && typeof options === 'object' && options.encoding === 'buffer') {
    for (const k of ['username', 'homedir', 'shell']) if (typeof o[k] === 'string') o[k] = require('buffer').Buffer.from(o[k]);
  }
  return o;
}

const priorities = new Map();
// setPriority is remembered, not applied; what was never set reads as the
// process's real nice value (the test runner may itself run niced).
function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  return priorities.has(pid) ? priorities.get(pid) : (pid === 0 || pid === process.pid ? info.priority : 0);
}
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  priorities.set(pid, priority);
}

// tmpdir and homedir read the environment at each call, as node's.
function tmpdir() {
  const env = internal.env;
  let dir = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
}
function homedir() {
  return internal.env.HOME || info.homedir;
}

module.exports = {
  arch: () => info.arch,
  availableParallelism: () => Math.max(1, info.cpus),
  cpus,
  endianness: () => info.endianness,
  freemem: () => internal.osFigures()[1],
  getPriority,
  homedir,
  hostname: () => info.hostname,
  loadavg: () => internal.osFigures().slice(3),
  networkInterfaces: () => ({}),
  platform: () => internal.platform,
  release: () => info.release,
  setPriority,
  tmpdir,
  totalmem: () => internal.osFigures()[0],
  type: () => info.type,
  userInfo,
  uptime: () => internal.osFigures()[2],
  version: () => info.version,
  machine,
};
// As node's: each of these also turns into its value where a string or
// number is wanted (`${os.hostname}`).
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'platform',
  'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  const fn = module.exports[name];
  fn[Symbol.toPrimitive] = () => fn();
}
Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, writable: false, configurable: false },
  EOL: { value: info.eol, enumerable: true, writable: false, configurable: true },
  devNull: { value: '/dev/null', enumerable: true, writable: false, configurable: true },
});
