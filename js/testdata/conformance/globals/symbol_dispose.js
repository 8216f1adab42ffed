// Symbol.dispose exists and disposing a Timeout or an Immediate clears it.
console.log(typeof Symbol.dispose, typeof Symbol.asyncDispose, Symbol.dispose.description);
const t = setTimeout(() => console.log('timeout must not run'), 1);
t[Symbol.dispose]();
const i = setImmediate(() => console.log('immediate must not run'));
i[Symbol.dispose]();
console.log(t._destroyed, typeof i[Symbol.dispose]);
setTimeout(() => console.log('done'), 5);
