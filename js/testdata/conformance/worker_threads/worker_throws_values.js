// worker_threads: what a worker throws reaches the parent's 'error' as node's serializeError makes it: an Error with its own properties (code, extra, a subclass's name), a thrown string, plain object, null or undefined as itself.
const { Worker } = require('worker_threads');
const progs = [
  'const e = new RangeError("boom"); e.code = "X"; e.extra = { a: 1 }; throw e',
  'throw "a string"',
  'throw { plain: 1 }',
  'throw null',
  'class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }; throw new MyErr("mine")',
  'Promise.reject(new Error("rej"))',
  'throw undefined',
  'throw 42',
];
(function next() {
  const p = progs.shift(); if (!p) return;
  const w = new Worker(p, { eval: true });
  w.on('error', (e) => console.log('error', typeof e, e instanceof Error, e && e.name, e && e.message, e && e.code, e && e.extra, e && Object.keys(e), e === null ? null : (typeof e === 'object' ? e.constructor.name : e)));
  w.on('exit', (c) => { console.log('exit', c); next(); });
})();
