// error_globals: the bodies of what V8 gives node's globals and goja lacks —
// Error.captureStackTrace (many npm packages call it) and Promise.any with
// V8's AggregateError message. The globals themselves are Go natives
// (js/errorglobals.go) that compile this file on their first call, so a
// program that never calls them never pays for it; WeakRef and
// FinalizationRegistry are natives there too.
'use strict';

// stackFrames splits a goja stack into its frame lines, without the
// header and without evloop's own entry frames.
function stackFrames(stack) {
  return String(stack).split('\n').slice(1).filter((l) => l !== '' &&
    !l.includes('github.com/evloop/') && !l.startsWith('\tat enter (<eval>'));
}

function headerOf(obj) {
  let name;
  let message;
  try { name = obj.name; message = obj.message; } catch { /* a throwing getter: V8 prints Error */ }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return name + ': ' + message;
}

// captureStackTrace(obj, constructorOpt): the frames of new Error().stack
// without this function's own and the native Error.captureStackTrace's
// that called it (goja shows it as "at captureStackTrace (native)").
exports.captureStackTrace = function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  let frames = stackFrames(new Error().stack).slice(2);
  if (typeof constructorOpt === 'function' && constructorOpt.name) {
    const at = frames.findIndex((l) => l.startsWith('\tat ' + constructorOpt.name + ' ('));
    if (at >= 0) frames = frames.slice(at + 1);
  }
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number' && limit >= 0) frames = frames.slice(0, limit);
  const stack = headerOf(obj) + (frames.length ? '\n' + frames.join('\n') : '');
  Object.defineProperty(obj, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
};

// Promise.any as the spec has it, so that the AggregateError carries V8's
// message (goja's has none). The steps (resolve each element through
// C.resolve, then its then) keep the job order of the built-in. Called
// with the native's this.
const aggregate = (errors) => new AggregateError(errors, 'All promises were rejected');
exports.any = function any(iterable) {
  const C = this;
  return new C((resolve, reject) => {
    const errors = [];
    let remaining = 1;
    let index = 0;
    for (const value of iterable) {
      const i = index++;
      errors.push(undefined);
      remaining++;
      let called = false;
      C.resolve(value).then(resolve, (err) => {
        if (called) return;
        called = true;
        errors[i] = err;
        if (--remaining === 0) reject(aggregate(errors));
      });
    }
    if (--remaining === 0) reject(aggregate(errors));
  });
};
