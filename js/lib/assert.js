// assert: node's assertion functions and AssertionError, with node's
// messages: `a !== b` for short primitives, node 20's line diff for the
// rest. Deep equality is util's (internal.deepEqual).
'use strict';

const util = require('util');

const deepEqual = (a, b) => internal.deepEqual(a, b, false);
const deepStrictEqual = (a, b) => internal.deepEqual(a, b, true);
const { isRegExp, isNativeError } = util.types;
const isError = (v) => isNativeError(v) || v instanceof Error;
const inspect = (v, opts) => internal.inspect(v, opts);

// ---- errors about the arguments themselves ---------------------------------

const typeError = (code, message) => internal.codedError(TypeError, code, message);
const { argType } = internal; // ERR_INVALID_ARG_TYPE (lib/bootstrap.js)

function missingArgs() {
  return typeError('ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
}

// ---- AssertionError -----------------------------------------------------------

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// inspectValue shows a value the way assertion messages do: every entry
// on its own line, keys sorted, nothing custom.
function inspectValue(v) {
  return inspect(v, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

const isObjectLike = (v) => v !== null && typeof v === 'object';

// shortenTo50 keeps the first 46 of more than 50 lines, then '...'.
function shortenTo50(lines) {
  if (lines.length > 50) {
    lines.length = 46;
    lines.push('...');
  }
  return lines;
}

// diffMessage is node 20's message for strictEqual and deepStrictEqual:
// short primitives as `a !== b`; otherwise the inspected lines of both
// values, trailing lines in common folded away, differing lines marked
// + (actual) and - (expected), runs of equal lines shortened.
function diffMessage(actual, expected, operator, header) {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' && ((isObjectLike(actual) && isObjectLike(expected)) ||
    (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  header = header || headers[operator];

  let i = 0;
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    const width = a.length + b.length;
    if (width <= 12) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return header + '\n\n' + a + ' !== ' + b + '\n';
      }
    } else if (operator !== 'strictEqualObject') {
      const columns = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (width < columns) {
        while (a[i] === b[i]) i++;
        if (i > 2) {
          indicator = '\n  ' + ' '.repeat(i) + '^';
          i = 0;
        }
      }
    }
  }

  // Fold the lines both end with: up to three stay as context.
  let tail = '';
  let lastFolded = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
    actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (i++ < 3) tail = '\n  ' + line + tail;
    else lastFolded = line;
  }

  const rows = Math.max(actualLines.length, expectedLines.length);
  if (rows === 0) return headers.notIdentical + '\n\n' + shortenTo50(actualText.split('\n')).join('\n') + '\n';

  let skipped = false;
  if (i >= 5) {
    tail = '\n...' + tail;
    skipped = true;
  }
  if (lastFolded !== '') tail = '\n  ' + lastFolded + tail;

  const head = header + '\n+ actual - expected';
  let out = '';
  let held = ''; // '-' lines waiting for the '+' lines before them
  let printed = 0;
  let same = 0; // equal lines in a row so far

  // showSame prints the context before a difference: the last equal
  // lines (up to three), with '...' when more were hidden.
  function showSame(lines, at) {
    if (same > 2) {
      if (same > 3) {
        if (same > 4) {
          if (same === 5) {
            out += '\n  ' + lines[at - 3];
            printed++;
          } else {
            out += '\n...';
            skipped = true;
          }
        }
        out += '\n  ' + lines[at - 2];
        printed++;
      }
      out += '\n  ' + lines[at - 1];
      printed++;
    }
    same = 0;
  }

  const actualLonger = actualLines.length >= rows;
  const longer = actualLonger ? actualLines : expectedLines;
  const shorterLength = actualLonger ? expectedLines.length : actualLines.length;
  for (i = 0; i < rows; i++) {
    if (i >= shorterLength) {
      // Only the longer side has this line.
      showSame(longer, i);
      if (actualLonger) out += '\n+ ' + longer[i];
      else held += '\n- ' + longer[i];
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that differ only by a trailing comma count as equal.
      let differ = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differ && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differ = false;
        actualLine += ',';
      }
      if (differ) {
        showSame(actualLines, i);
        out += '\n+ ' + actualLine;
        held += '\n- ' + expectedLine;
        printed += 2;
      } else {
        out += held;
        held = '';
        same++;
        if (same <= 2) {
          out += '\n  ' + actualLine;
          printed++;
        }
      }
    }
    if (printed > 50 && i < rows - 2) {
      return head + ' ... Lines skipped\n' + out + '\n...' + held + '\n...';
    }
  }
  return head + (skipped ? ' ... Lines skipped' : '') + '\n' + out + held + tail + indicator;
}

// copyError gives an Error's shape without its stack, so a diff of two
// errors does not show stacks.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

function generatedMessage(actual, expected, operator) {
  if (isObjectLike(actual) && actual instanceof Error && 'stack' in actual &&
    isObjectLike(expected) && expected instanceof Error && 'stack' in expected) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return diffMessage(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let header = headers[operator];
    if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
      header = headers.notStrictEqualObject;
    }
    const lines = shortenTo50(inspectValue(actual).split('\n'));
    if (lines.length === 1) return header + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
    return header + '\n\n' + lines.join('\n') + '\n';
  }
  let a = inspectValue(actual);
  let b = inspectValue(expected);
  if (operator === 'notDeepEqual' && a === b) {
    a = headers.notDeepEqual + '\n\n' + a;
    return a.length > 1024 ? a.slice(0, 1021) + '...' : a;
  }
  if (a.length > 512) a = a.slice(0, 509) + '...';
  if (b.length > 512) b = b.slice(0, 509) + '...';
  if (operator === 'deepEqual') return headers.deepEqual + '\n\n' + a + '\n\nshould loosely deep-equal\n\n' + b;
  if (operator === 'notDeepEqual') return headers.notDeepEqualUnequal + '\n\n' + a + '\n\nshould not loosely deep-equal\n\n' + b;
  return a + ' ' + operator + ' ' + b;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw argType('options', 'of type object', options);
    const { message, operator, actual, expected } = options;
    let text;
    if (message == null) text = generatedMessage(actual, expected, operator);
    else if (operator === 'deepStrictEqual' || operator === 'strictEqual') text = diffMessage(actual, expected, operator, String(message));
    else text = String(message);
    super(text);
    this.generatedMessage = !message;
    // The stack is taken while the name includes the code, as in node.
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (options.details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      options.details.forEach((d, i) => {
        this['message ' + i] = d.message;
        this['actual ' + i] = d.actual;
        this['expected ' + i] = d.expected;
        this['operator ' + i] = d.operator;
        this['stack trace ' + i] = d.stack;
      });
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // node starts the stack at the caller of the assertion; goja has no
    // Error.captureStackTrace, so drop this module's frames instead.
    const stack = this.stack;
    if (typeof stack === 'string') {
      this.stack = stack.split('\n').filter((line) => !/^\s+at (.* \()?node:assert:/.test(line)).join('\n');
    }
    this.name = 'AssertionError';
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }

  // Inspected, an AssertionError shows actual and expected one level
  // deep (the message has them in full) and long strings cut short.
  [util.inspect.custom](depth, options) {
    if (inspectingSelf) return this; // the inner call: inspect as usual
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = cutShort(actual);
    if (typeof expected === 'string') this.expected = cutShort(expected);
    inspectingSelf = true;
    try {
      return inspect(this, Object.assign({}, options, { customInspect: false, depth: 0 }));
    } finally {
      inspectingSelf = false;
      this.actual = actual;
      this.expected = expected;
    }
  }
}
let inspectingSelf = false;

// cutShort keeps the first 10 lines of a string, or else 512 characters.
function cutShort(s) {
  const lines = s.split('\n', 11);
  if (lines.length > 10) return lines.slice(0, 10).join('\n') + '\n...';
  return s.length > 512 ? s.slice(512) + '...' : s;
}

function innerFail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

// ---- the assertions -----------------------------------------------------------

// innerOk: node reads the caller's source to quote the expression; evloop
// cannot, so it falls back as node does without a source: `value == true`.
// falsyMessage is node's message for a failed assert(value) or
// assert.ok(value): the call's source text, read from the caller's file
// ("The expression evaluated to a falsy value:\n\n  assert(x)\n"), or
// undefined when the source cannot be read (then AssertionError says
// "x == true", as node does).
// trailingCommaFails: node finds the call by parsing an expression (acorn's
// parseExpressionAt) from each token of the call's line up to the call, and
// that parse runs on past the call: after it, a comma makes a sequence of
// whatever items follow, and a comma right before a closing bracket (the
// trailing comma of a list written one item a line, `() => assert(x),` in
// a table of tests) fails the parse. It fails so from every token of the
// line unless a bracket opened on the line before the call holds the call
// whole; node then says `x == true`.
function trailingCommaFails(text, lineStart, start, end) {
  const skip = (i) => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text[i] === '/' && text[i + 1] === '/') {
        i = text.indexOf('\n', i);
        if (i < 0) return text.length;
      } else if (text[i] === '/' && text[i + 1] === '*') {
        const e = text.indexOf('*/', i + 2);
        if (e < 0) return text.length;
        i = e + 2;
      } else {
        return i;
      }
    }
  };
  // A bracket still open at the call, opened on its line before it.
  let open = 0;
  for (let k = lineStart; k < start; k++) {
    const c = text[k];
    if (c === '"' || c === "'" || c === '`') {
      for (k++; k < start && text[k] !== c; k++) if (text[k] === '\\') k++;
    } else if (c === '(' || c === '[' || c === '{') {
      open++;
    } else if ((c === ')' || c === ']' || c === '}') && open > 0) {
      open--;
    }
  }
  if (open > 0) return false;
  // The items after the call, to where the sequence ends.
  let depth = 0;
  const limit = Math.min(text.length, end + 20000);
  for (let i = skip(end + 1); i < limit; i = skip(i + 1)) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < limit && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && (c === ';' || c === ':')) {
      return false;
    } else if (depth === 0 && c === ',') {
      const n = text[skip(i + 1)];
      if (n === ')' || n === ']' || n === '}') return true;
    }
  }
  return false;
}

function falsyMessage() {
  let file;
  let line;
  let col;
  for (const frame of String(new Error().stack).split('\n').slice(1)) {
    const m = /\(?([^\s()]+):(\d+):(\d+)(?:\(\d+\))?\)?\s*$/.exec(frame);
    if (m === null || m[1].startsWith('node:') || m[1] === 'native') continue;
    [file, line, col] = [m[1], Number(m[2]), Number(m[3])];
    break;
  }
  if (file === undefined) return undefined;
  let text;
  try {
    if (file.startsWith('file:')) file = require('url').fileURLToPath(file);
    text = require('fs').readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // The frame's position is V8's, the called name (1-based line and
  // column, in UTF-16 units as a string's indexes are); its '(' follows.
  let lineStart = 0;
  for (let i = 1; i < line; i++) {
    lineStart = text.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  const isIdent = (c) => c !== undefined && /[\w$]/.test(c);
  let open = lineStart + col - 1;
  while (isIdent(text[open])) open++;
  while (open < text.length && /\s/.test(text[open])) open++;
  if (text[open] !== '(') return undefined;
  // The callee: identifiers joined by dots, back from the '('.
  let start = open;
  let p = open - 1;
  while (p >= 0 && /\s/.test(text[p])) p--;
  const nameEnd = p + 1;
  while (p >= 0 && isIdent(text[p])) p--;
  const nameStart = p + 1;
  if (nameStart === nameEnd) return undefined;
  start = nameStart;
  for (;;) {
    let q = start - 1;
    while (q >= 0 && /\s/.test(text[q])) q--;
    if (text[q] !== '.') break;
    q--;
    while (q >= 0 && /\s/.test(text[q])) q--;
    const e = q + 1;
    while (q >= 0 && isIdent(text[q])) q--;
    if (q + 1 === e) break;
    start = q + 1;
  }
  // The arguments: up to the matching ')', past strings and comments.
  let depth = 0;
  let end = -1;
  for (let i = open; i < text.length && end < 0; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) end = i;
    }
  }
  if (end < 0) return undefined;
  if (trailingCommaFails(text, lineStart, start, end)) return undefined;
  // node's column: the callee's last name, where V8 puts the call.
  const column = nameStart - (text.lastIndexOf('\n', nameStart - 1) + 1);
  const code = text.slice(start, end + 1).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  const lines = code.split('\n');
  let message = lines.shift();
  for (const frame of lines) {
    let pos = 0;
    while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
    message += '\n  ' + frame.slice(pos);
  }
  return 'The expression evaluated to a falsy value:\n\n  ' + message + '\n';
}

function innerOk(argCount, value, message) {
  if (value) return;
  let generated = false;
  if (argCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = falsyMessage();
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
  err.generatedMessage = generated;
  throw err;
}

function ok(...args) {
  innerOk(args.length, ...args);
}

const assert = ok;

let failWarned = false;
function fail(actual, expected, message, operator) {
  const count = arguments.length;
  let internalMessage = false;
  if (actual == null && count <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (count === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (count === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, message, operator: operator === undefined ? 'fail' : operator });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

// comparison builds an assertion from a test that passes on true.
function comparison(name, operator, passes) {
  const fn = {
    [name](actual, expected, message) {
      if (arguments.length < 2) throw missingArgs();
      if (!passes(actual, expected)) innerFail({ actual, expected, message, operator });
    },
  }[name];
  return fn;
}

const bothNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);
/* eslint-disable eqeqeq */
const equal = comparison('equal', '==', (a, b) => a == b || bothNaN(a, b));
const notEqual = comparison('notEqual', '!=', (a, b) => !(a == b || bothNaN(a, b)));
/* eslint-enable eqeqeq */
const strictEqual = comparison('strictEqual', 'strictEqual', Object.is);
const notStrictEqual = comparison('notStrictEqual', 'notStrictEqual', (a, b) => !Object.is(a, b));
const deepEqualAssert = comparison('deepEqual', 'deepEqual', deepEqual);
const notDeepEqual = comparison('notDeepEqual', 'notDeepEqual', (a, b) => !deepEqual(a, b));
const deepStrictEqualAssert = comparison('deepStrictEqual', 'deepStrictEqual', deepStrictEqual);
const notDeepStrictEqual = comparison('notDeepStrictEqual', 'notDeepStrictEqual', (a, b) => !deepStrictEqual(a, b));

// ---- throws, rejects and friends -----------------------------------------------

const NO_EXCEPTION = {}; // what getActual returns when nothing was thrown

function getActual(fn) {
  if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(v) {
  return util.types.isPromise(v) ||
    (isObjectLike(v) && typeof v.then === 'function' && typeof v.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw typeError('ERR_INVALID_RETURN_VALUE', 'Expected instance of Promise to be returned from the ' +
        '"promiseFn" function but got ' + internal.describe(promise) + '.');
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw argType('promiseFn', 'of type function or an instance of Promise', promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Comparison holds the keys of an error object that a validation object
// names, for a readable diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      const matchedByRegExp = actual !== undefined && typeof actual[key] === 'string' &&
        isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null;
      this[key] = matchedByRegExp ? actual[key] : obj[key];
    }
  }
}

function compareErrorKey(actual, expected, key, message, keys, fn) {
  if (key in actual && deepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name });
}

// checkError checks a thrown value against what throws/rejects expect: a
// RegExp, a validation object, an Error class or a validation function.
function checkError(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' +
          inspect(str) + '\n';
      }
    } else if (!isObjectLike(actual)) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual' });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) {
        throw typeError('ERR_INVALID_ARG_VALUE', "The argument 'error' may not be an empty object. Received {}");
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareErrorKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        message += expected.name === name ? 'an error with identical name but a different prototype.' : '"' + name + '"';
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspect(actual, { depth: -1 }) + '"';
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? '"' + expected.name + '" ' : '';
      message = 'The ' + name + 'validation function is expected to return "true". Received ' + inspect(result);
      if (isError(actual)) message += '\n\nCaught error:\n\n' + actual;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name });
  err.generatedMessage = generated;
  throw err;
}

function expectError(fn, actual, argCount, error, message) {
  if (typeof error === 'string') {
    if (argCount === 3) {
      throw argType('error', 'of type function or an instance of Error, RegExp, or Object', error);
    }
    if (isObjectLike(actual) ? actual.message === error : actual === error) {
      const what = isObjectLike(actual) ? 'error message "' + actual.message + '"' : 'error "' + actual + '"';
      throw typeError('ERR_AMBIGUOUS_ARGUMENT',
        'The "error/message" argument is ambiguous. The ' + what + ' is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw argType('error', 'of type function or an instance of Error, RegExp, or Object', error);
  }
  if (actual === NO_EXCEPTION) {
    let details = error && error.name ? ' (' + error.name + ')' : '';
    details += message ? ': ' + message : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: 'Missing expected ' + kind + details });
  }
  if (error) checkError(actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw argType('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? ': ' + message : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: 'Got unwanted ' + kind + details + '\nActual message: "' + (actual && actual.message) + '"',
    });
  }
  throw actual;
}

function throws(fn, ...args) {
  expectError(throws, getActual(fn), args.length + 1, ...args);
}

async function rejects(promiseFn, ...args) {
  expectError(rejects, await waitForActual(promiseFn), args.length + 1, ...args);
}

function doesNotThrow(fn, ...args) {
  expectNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectNoError(doesNotReject, await waitForActual(fn), ...args);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
}

function matcher(name, wantMatch) {
  return {
    [name](string, regexp, message) {
      if (!isRegExp(regexp)) throw argType('regexp', 'an instance of RegExp', regexp);
      if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
      if (message instanceof Error) throw message;
      const generated = !message;
      if (!message) {
        if (typeof string !== 'string') {
          message = 'The "string" argument must be of type string. Received type ' + typeof string + ' (' +
            inspect(string) + ')';
        } else {
          message = (wantMatch ? 'The input did not match the regular expression '
            : 'The input was expected to not match the regular expression ') +
            inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n';
        }
      }
      const err = new AssertionError({ actual: string, expected: regexp, message, operator: name });
      err.generatedMessage = generated;
      throw err;
    },
  }[name];
}

Object.assign(assert, {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual: deepEqualAssert,
  notDeepEqual,
  deepStrictEqual: deepStrictEqualAssert,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match: matcher('match', true),
  doesNotMatch: matcher('doesNotMatch', false),
});

// CallTracker (deprecated in node 20) counts calls of wrapped functions.
class CallTracker {
  constructor() {
    this._calls = [];
  }

  calls(fn = () => {}, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = () => {};
    }
    const record = { fn, exact, calls: [], stack: new Error() };
    const tracker = this;
    const wrapped = function (...args) {
      record.calls.push({ thisArg: this, arguments: args });
      return Reflect.apply(fn, this, args);
    };
    record.wrapped = wrapped;
    tracker._calls.push(record);
    return wrapped;
  }

  _record(fn) {
    const record = this._calls.find((r) => r.wrapped === fn);
    if (!record) throw typeError('ERR_INVALID_ARG_VALUE', "The argument 'fn' must be a tracked function.");
    return record;
  }

  getCalls(fn) {
    return this._record(fn).calls.slice();
  }

  reset(fn) {
    if (fn === undefined) for (const r of this._calls) r.calls = [];
    else this._record(fn).calls = [];
  }

  report() {
    return this._calls.filter((r) => r.calls.length !== r.exact).map((r) => ({
      message: 'Expected the ' + (r.fn.name || 'fn') + ' function to be executed ' + r.exact + ' time(s) but was ' +
        'executed ' + r.calls.length + ' time(s).',
      actual: r.calls.length, expected: r.exact, operator: r.fn.name || 'fn', stack: r.stack,
    }));
  }

  verify(fn) {
    const wrong = fn === undefined ? this.report() : this.report().filter((r) => r.stack === this._record(fn).stack);
    if (wrong.length === 0) return;
    const message = wrong.length === 1 ? wrong[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: wrong });
  }
}
assert.CallTracker = util.deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

function strict(...args) {
  innerOk(args.length, ...args);
}
assert.strict = Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqualAssert,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
