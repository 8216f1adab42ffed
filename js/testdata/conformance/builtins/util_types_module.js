// require('util/types') is util.types.
const types = require('util/types');
console.log(types === require('util').types, require('node:util/types') === types);
console.log(types.isDate(new Date()), types.isMap(new Map()), types.isPromise(Promise.resolve()), types.isRegExp(/x/), types.isUint8Array(Buffer.alloc(1)));
console.log(types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isBoxedPrimitive(Object(1)), types.isArrayBufferView(new DataView(new ArrayBuffer(1))));
