// RegExp statics reached only through computed keys, descriptors and key lists (the source never names one)
const R = globalThis['Reg' + 'Exp'];
console.log(Object.getOwnPropertyNames(R).join(' '));
const d = Object.getOwnPropertyDescriptor(R, 'lastMatch');
console.log(d.get, d.set, d.enumerable, d.configurable);
console.log('$1' in R, Object.keys(R).length);
const k = '$' + 1;
console.log(JSON.stringify([R[k], R.input, d.get.call(R)]));
/(\d+)/.exec('abc 42 def');
console.log(JSON.stringify([R[k], R['last' + 'Match'], R['left' + 'Context'], d.get.call(R)]));
'x-y'.replace(/(\w)-(\w)/, '$2$1');
console.log(JSON.stringify([R[k], R['$' + 2], R['$+']]));
