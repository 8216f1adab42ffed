// workerData is structured-cloned: dates, maps, sets, typed arrays, bigints, -0, NaN, undefined and cycles survive.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const data = { d: new Date(86400000), m: new Map([['k', [1, 2]]]), s: new Set(['a']), u8: new Uint8Array([1, 2, 3]),
    big: 12345678901234567890n, negz: -0, nan: NaN, undef: undefined, re: /ab+c/gi, nested: { deep: [null, true] } };
  data.self = data;
  const w = new Worker(__filename, { workerData: data });
  w.on('message', (m) => console.log(m));
} else {
  const d = workerData;
  parentPort.postMessage([d.d instanceof Date, d.d.toISOString(), d.m.get('k'), d.s.has('a'), d.u8 instanceof Uint8Array,
    Array.from(d.u8), typeof d.big, String(d.big), Object.is(d.negz, -0), Number.isNaN(d.nan), 'undef' in d,
    d.re.source, d.re.flags, d.self === d, d.nested.deep].join(' | '));
}
