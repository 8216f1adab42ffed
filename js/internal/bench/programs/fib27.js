// fib(27): raw JS engine speed, no loop work.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const t0 = process.hrtime.bigint();
fib(27);
console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6);
