// The sandbox as a context's global: getters and setters run with the sandbox as this, delete
// removes a global, globalThis lists and tests the sandbox's keys, properties set through
// globalThis, this and var all land on it, direct eval sees the context.
const vm = require('vm');
const sb = { a: 1, get g() { return 'getter ' + this.a; }, set s(v) { this._s = v; } };
console.log(vm.runInNewContext('g + " " + (s = 5)', sb), sb._s);
console.log(vm.runInNewContext('delete a; typeof a', { a: 1 }));
console.log(vm.runInNewContext('Object.keys(globalThis).join()', { x: 1, y: 2 }));
console.log(vm.runInNewContext('"x" in globalThis', { x: 1 }), vm.runInNewContext('"Array" in this'));
const ctx = vm.createContext({});
vm.runInContext('globalThis.viaGlobal = 1; this.viaThis = 2; var viaVar = 3', ctx);
console.log(Object.keys(ctx).sort());
console.log(vm.runInNewContext('typeof eval("1 + 1") + eval("a + 1")', { a: 41 }));
console.log(vm.runInNewContext('(function () { return typeof this })()'));
console.log(vm.runInNewContext('[1,2,3].reduce((s, v) => s + v, base)', { base: 10 }));
console.log(vm.runInNewContext('JSON.stringify(Object.entries(globalThis))', { p: 1, q: 'two' }));
console.log(vm.runInNewContext('new Function("return 7")()'));
