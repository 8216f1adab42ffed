// error_globals: the body of what V8 gives node's globals and goja lacks —
// Promise.any with V8's AggregateError message. The global itself is a Go
// native (js/errorglobals.go) that compiles this file on its first call,
// so a program that never calls it never pays for it.
'use strict';

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
