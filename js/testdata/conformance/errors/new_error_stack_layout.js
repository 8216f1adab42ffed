// An error the program makes reads its stack in V8's layout: written on the first read, its constructors' frames left out, Error.stackTraceLimit frames.
const own = (stack) => stack.split('\n').filter((l, i) => i === 0 || l.includes(__filename)).map((l) => l.replace(__filename, 'FILE'));
function a() { return b(); }
function b() { return new Error('made in b'); }
console.log(own(a().stack), /\t|\(\d+\)\)?$/m.test(a().stack));
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
function mk() { return new Named('set after super'); }
console.log(own(mk().stack));
class A extends Error {}
class B extends A { constructor() { super('two levels'); this.name = 'B'; } }
console.log(own(new B().stack));
console.log(own(Error('called without new').stack));
console.log(own(new TypeError('typed').stack), new TypeError('t') instanceof Error, TypeError.prototype.constructor === TypeError);
const later = new Error('first');
later.message = 'changed before the first read';
console.log(own(later.stack));
const read = new RangeError('read');
void read.stack;
const d = Object.getOwnPropertyDescriptor(read, 'stack');
console.log(Object.getOwnPropertyNames(read), typeof d.value, d.writable, d.enumerable, d.configurable, Object.keys(read));
read.stack = 'replaced';
console.log(read.stack);
function r(n) { return n === 0 ? new Error('deep') : r(n - 1); }
console.log(r(20).stack.split('\n').length - 1);
Error.stackTraceLimit = 3;
console.log(own(r(5).stack));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
Error.stackTraceLimit = 10;
class Captured extends Error { constructor() { super('captured'); Error.captureStackTrace(this, Captured); } }
function viaCapture() { return new Captured(); }
console.log(own(viaCapture().stack).length >= 2, String(Error), Error.name, Error.length, Object.getPrototypeOf(SyntaxError) === Error);
[1].forEach(() => console.log(own(new Error('arrow in callback').stack)));
