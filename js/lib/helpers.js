// helpers: internal's helpers for node's argument errors and error codes,
// callableClass and colorDepth. Compiled on the first read of any of them
// (js/modules.go, defineLazyHelpers: accessors on internal that replace
// themselves with these), not by every process: a program that throws none
// of node's coded errors and asks no stream for its colours never needs them.
'use strict';

// describe renders a received value the way node's ERR_INVALID_ARG_TYPE
// messages do.
function describe(v) {
  if (v == null) return String(v);
  if (typeof v === 'function') return 'function ' + v.name; // node 20: 'function ' for an anonymous one
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name) return 'an instance of ' + v.constructor.name;
    return internal.inspect(v, { depth: -1 });
  }
  let shown = internal.inspect(v);
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'type ' + typeof v + ' (' + shown + ')';
}

// callableClass wraps class C so that, as node's function constructors, it
// also constructs when called without new (net.Server(), zlib.Gzip()). The
// wrapper shares C's prototype (instanceof and subclassing hold) and, through
// its own prototype chain, C's static members.
function callableClass(C) {
  const F = function (...args) {
    return new.target === undefined ? new C(...args) : Reflect.construct(C, args, new.target);
  };
  Object.defineProperty(F, 'name', { value: C.name });
  Object.defineProperty(F, 'length', { value: C.length });
  F.prototype = C.prototype;
  Object.defineProperty(C.prototype, 'constructor', { value: F, writable: true, configurable: true, enumerable: false });
  Object.setPrototypeOf(F, C);
  return F;
}

// setErrorCode gives err node's error code as node's internal errors carry
// it: the code property, an own, hidden toString that shows it
// ("TypeError [ERR_X]: message"), which assert.throws(fn, /ERR_X/) matches,
// and the same first line of the stack.
function setErrorCode(err, code) {
  err.code = code;
  // A system error's code (ENOENT) is not shown; nor, in node 20, ERR_INVALID_URL's.
  if (typeof code !== 'string' || !code.startsWith('ERR_') || code === 'ERR_INVALID_URL') return err;
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  const stack = err.stack, name = String(err.name);
  if (typeof stack === 'string' && stack.startsWith(name) && !stack.startsWith(name + ' [')) {
    Object.defineProperty(err, 'stack', {
      value: name + ' [' + code + ']' + stack.slice(name.length),
      enumerable: false, writable: true, configurable: true,
    });
  }
  return err;
}

// codedError is new Ctor(message) with node's error code (setErrorCode).
function codedError(Ctor, code, message) {
  return setErrorCode(new Ctor(message), code);
}

// argType is node's ERR_INVALID_ARG_TYPE: 'The "name" argument must be
// <expected>. Received <value>'; a dotted name is an options property.
function argType(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" ' + kind + ' must be ' + expected + '. Received ' + describe(value));
}

// invalidArgType is argType for a type name: 'must be of type <type>'.
function invalidArgType(name, type, value) {
  return argType(name, 'of type ' + type, value);
}

// colorDepth is node's tty.WriteStream.prototype.getColorDepth (bits a
// pixel: 1, 4, 8 or 24), from the environment alone, in node 20's order:
// FORCE_COLOR wins; NODE_DISABLE_COLORS, NO_COLOR and TERM=dumb turn colour
// off; then tmux, CI services, TeamCity, the terminal programs and
// COLORTERM that say how many colours there are; then the terminal's name.
const ciColors = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];
const termColors = { __proto__: null, eterm: 4, cons25: 4, console: 4, cygwin: 4, dtterm: 4, gnome: 4, hurd: 4,
  jfbterm: 4, konsole: 4, kterm: 4, mlterm: 4, mosh: 24, putty: 4, st: 4, 'rxvt-unicode-24bit': 24, terminator: 24 };
const termPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
function colorDepth(env = internal.processObject !== undefined ? internal.processObject.env : internal.env) {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === '1' || force === 'true' ? 4 : force === '2' ? 8 : force === '3' ? 24 : 1;
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 8;
  if (env.CI) return ciColors.some((k) => k in env) || env.CI_NAME === 'codeship' ? 8 : 1;
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm':
    case 'MacTerm':
      return 24;
    case 'Apple_Terminal':
      return 8;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return 8;
    const term = String(env.TERM).toLowerCase();
    if (termColors[term]) return termColors[term];
    if (termPatterns.some((re) => re.test(term))) return 4;
  }
  return env.COLORTERM ? 4 : 1;
}

module.exports = { describe, callableClass, setErrorCode, codedError, argType, invalidArgType, colorDepth };
