// What a script sees of the globals before using any: Object.keys(globalThis)
// (node's enumerable globals, in node's order) and the descriptors of the
// globals evloop defines on first use or as natives (not fetch's: a data
// property in node, an accessor until first use here); then they work.
console.log(Object.keys(globalThis));
const names = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'crypto',
  'console', 'process', 'Buffer', 'TextEncoder', 'TextDecoder', 'AbortController', 'DOMException', 'Blob'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  const f = d.value;
  console.log(n, d.get ? 'accessor' : 'value', d.enumerable, d.configurable,
    d.get ? typeof d.set : d.writable, typeof f === 'function' ? f.name + '/' + f.length : typeof f);
}
console.log(structuredClone({ a: [1, { b: 2 }] }), typeof fetch, atob(btoa('ok')));
console.log(Object.keys(globalThis).length, typeof Buffer.from, new TextEncoder().encode('é').length);
