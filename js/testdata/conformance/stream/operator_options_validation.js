// Readable operators validate their options: concurrency and highWaterMark as node's validateInteger (ERR_OUT_OF_RANGE), options as an object (ERR_INVALID_ARG_TYPE), signal as an AbortSignal.
const { Readable } = require('stream');
const show = (label, f) => { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
for (const op of ['map', 'filter', 'forEach', 'flatMap']) {
  show(op + ' fn 1', () => Readable.from([1])[op](1));
  show(op + ' concurrency Foo', () => Readable.from([1])[op]((x) => x, { concurrency: 'Foo' }));
  show(op + ' concurrency 0', () => Readable.from([1])[op]((x) => x, { concurrency: 0 }));
  show(op + ' concurrency 1.5', () => Readable.from([1])[op]((x) => x, { concurrency: 1.5 }));
  show(op + ' options 1', () => Readable.from([1])[op]((x) => x, 1));
  show(op + ' signal {}', () => Readable.from([1])[op]((x) => x, { signal: {} }));
  show(op + ' highWaterMark -1', () => Readable.from([1])[op]((x) => x, { highWaterMark: -1 }));
}
process.on('unhandledRejection', (e) => console.log('rejection', e.code));
show('take concurrency Foo', () => Readable.from([1]).take(1, { concurrency: 'Foo' }));
show('some concurrency 0', () => Readable.from([1]).some((x) => x, { concurrency: 0 }).catch((e) => console.log('some', e.code)));
