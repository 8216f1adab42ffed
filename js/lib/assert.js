// assert: node's assertion functions and AssertionError (code ERR_ASSERTION).
'use strict';

require('util'); // defines internal.deepEqual

class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator } = options;
    super(message !== undefined ? String(message) : defaultMessage(actual, expected, operator));
    this.generatedMessage = message === undefined;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }
  get name() { return 'AssertionError'; }
}

const show = (v) => internal.inspect(v);

function defaultMessage(actual, expected, operator) {
  switch (operator) {
    case 'strictEqual':
      return 'Expected values to be strictly equal:\n\n' + show(actual) + ' !== ' + show(expected) + '\n';
    case 'deepStrictEqual':
      return 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ ' + show(actual) + '\n- ' + show(expected);
    case 'notStrictEqual':
      return 'Expected "actual" to be strictly unequal to: ' + show(expected);
    case '==':
      return show(actual) + ' == ' + show(expected);
    case '!=':
      return show(actual) + ' != ' + show(expected);
    case 'fail':
      return 'Failed';
    default:
      return show(actual) + ' ' + operator + ' ' + show(expected);
  }
}

function fail(message) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message === undefined ? 'Failed' : message, operator: 'fail' });
}

function ok(value, message) {
  if (!value) {
    if (message instanceof Error) throw message;
    throw new AssertionError({
      message: message === undefined ? (arguments.length === 0 ?
        'No value argument passed to `assert.ok()`' : 'The expression evaluated to a falsy value:\n\n  assert.ok(' + show(value) + ')\n') : message,
      actual: value, expected: true, operator: '==',
    });
  }
}

function check(pass, actual, expected, message, operator) {
  if (pass) return;
  if (message instanceof Error) throw message;
  throw new AssertionError({ message, actual, expected, operator });
}

function assert(value, message) { ok.apply(null, arguments.length ? [value, message] : []); }

function matches(err, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected) || expected === Error) return false;
    return expected(err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err));
  if (typeof expected === 'object') {
    return Object.keys(expected).every((k) => expected[k] instanceof RegExp ?
      expected[k].test(err[k]) : internal.deepEqual(err[k], expected[k], true));
  }
  return true;
}

function throws(fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try {
    fn();
  } catch (err) {
    if (!matches(err, expected)) throw err;
    return;
  }
  throw new AssertionError({ message: message || 'Missing expected exception.', operator: 'throws' });
}

function doesNotThrow(fn, message) {
  try {
    fn();
  } catch (err) {
    throw new AssertionError({ message: message || 'Got unwanted exception.\nActual message: "' + (err && err.message) + '"',
      actual: err, operator: 'doesNotThrow' });
  }
}

async function rejects(promiseOrFn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  const p = typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
  try {
    await p;
  } catch (err) {
    if (!matches(err, expected)) throw err;
    return;
  }
  throw new AssertionError({ message: message || 'Missing expected rejection.', operator: 'rejects' });
}

async function doesNotReject(promiseOrFn, message) {
  const p = typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
  try {
    await p;
  } catch (err) {
    throw new AssertionError({ message: message || 'Got unwanted rejection.\nActual message: "' + (err && err.message) + '"',
      actual: err, operator: 'doesNotReject' });
  }
}

Object.assign(assert, {
  AssertionError, ok, fail, throws, doesNotThrow, rejects, doesNotReject,
  equal: (a, e, m) => check(a == e || (a !== a && e !== e), a, e, m, '=='),
  notEqual: (a, e, m) => check(a != e && !(a !== a && e !== e), a, e, m, '!='),
  strictEqual: (a, e, m) => check(Object.is(a, e), a, e, m, 'strictEqual'),
  notStrictEqual: (a, e, m) => check(!Object.is(a, e), a, e, m, 'notStrictEqual'),
  deepEqual: (a, e, m) => check(internal.deepEqual(a, e, false), a, e, m, 'deepEqual'),
  notDeepEqual: (a, e, m) => check(!internal.deepEqual(a, e, false), a, e, m, 'notDeepEqual'),
  deepStrictEqual: (a, e, m) => check(internal.deepEqual(a, e, true), a, e, m, 'deepStrictEqual'),
  notDeepStrictEqual: (a, e, m) => check(!internal.deepEqual(a, e, true), a, e, m, 'notDeepStrictEqual'),
  match: (s, re, m) => check(re.test(s), s, re, m, 'match'),
  doesNotMatch: (s, re, m) => check(!re.test(s), s, re, m, 'doesNotMatch'),
  ifError: (v) => { if (v !== null && v !== undefined) throw v; },
});
assert.strict = Object.assign(function strict(value, message) { ok.apply(null, arguments); }, assert, {
  equal: assert.strictEqual, notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
module.exports = assert;
