// Error.captureStackTrace sets a non-enumerable stack headed "name: message", drops frames up to constructorOpt; stackTraceLimit 0 leaves the header only.
function inner() { const o = { name: 'Thing', message: 'hi' }; Error.captureStackTrace(o, inner); return o; }
function outer() { return inner(); }
const o = outer();
const lines = o.stack.split('\n');
console.log(lines[0], /outer/.test(lines[1]), lines.some((l) => /inner/.test(l)), Object.keys(o), Object.prototype.hasOwnProperty.call(o, 'stack'));
const p = {}; Error.captureStackTrace(p); console.log(p.stack.split('\n')[0]);
console.log(typeof Error.stackTraceLimit, Error.stackTraceLimit);
Error.stackTraceLimit = 0;
const q = {}; Error.captureStackTrace(q); console.log(JSON.stringify(q.stack));
Error.stackTraceLimit = 10;
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; Error.captureStackTrace(this, MyError); }
}
const e = new MyError('boom');
console.log(e.stack.split('\n')[0], e instanceof MyError, e instanceof Error);
try { Error.captureStackTrace(1); } catch (err) { console.log(err.name); }
const f = function () {}; Error.captureStackTrace(f); console.log(typeof f.stack);
