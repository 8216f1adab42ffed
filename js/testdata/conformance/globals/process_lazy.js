// process is an accessor on globalThis, as in node (evloop makes the object
// on first use): its descriptor, its getter and setter, the object's
// prototype chain, and the globals a script sees before touching it.
const names = Object.getOwnPropertyNames(globalThis);
console.log(names.includes('process'), Object.keys(globalThis).includes('process'));
const d = Object.getOwnPropertyDescriptor(globalThis, 'process');
console.log(typeof d.get, d.get.name, d.get.length, typeof d.set, d.set.name, d.set.length, d.enumerable, d.configurable, 'value' in d);
console.log(typeof process.on, typeof process.emit, typeof process.nextTick);
console.log(d.get.call(undefined) === process, process === require('process'), process === require('node:process'));
const P = Object.getPrototypeOf(process);
const EventEmitter = require('events');
console.log(Object.getPrototypeOf(P) === EventEmitter.prototype, process instanceof EventEmitter);
console.log(Object.getOwnPropertyNames(P), P.constructor.name, P.constructor.prototype === P);
const cd = Object.getOwnPropertyDescriptor(P, 'constructor');
console.log(cd.writable, cd.enumerable, cd.configurable);
console.log(Object.prototype.toString.call(process));
// A set replaces what the getter returns; the accessor stays.
const real = process;
globalThis.process = 42;
console.log(process, Object.getOwnPropertyDescriptor(globalThis, 'process').get === d.get);
globalThis.process = real;
console.log(process === real);
process.on('exit', (code) => console.log('exit', code));
