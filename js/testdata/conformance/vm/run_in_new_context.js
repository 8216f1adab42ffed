// vm.runInNewContext: the sandbox's properties are the code's globals; assignments, top-level var
// and function declarations and undeclared names are written back to it; the completion value is
// returned; `this` and globalThis are the context's global.
const vm = require("vm");

const sandbox = { a: 1, b: 2, list: [1, 2, 3] };
console.log(vm.runInNewContext("a + b", sandbox));
console.log(vm.runInNewContext("var c = a * 10; d = b * 10; function twice(x) { return x * 2 } twice(c)", sandbox));
console.log(Object.keys(sandbox), sandbox.c, sandbox.d, sandbox.twice(21));
console.log(vm.runInNewContext("list.push(4); list.length", sandbox), sandbox.list);
console.log(vm.runInNewContext("this.a + globalThis.b + (typeof this)", sandbox));
console.log(vm.runInNewContext("this.e = 5; e + 1", sandbox), sandbox.e);
console.log(vm.runInNewContext("var a; a", sandbox));
console.log(vm.runInNewContext("if (true) { var inner = 'block' } inner", sandbox), sandbox.inner);
console.log(vm.runInNewContext("x = 1; x++; x"), typeof x);
console.log(vm.runInNewContext("var o = { n: 1 }; o.n += 1; o", {}));
console.log(vm.runInNewContext("[1, 2, 3].map((v) => v * k)", { k: 3 }));
console.log(vm.runInNewContext("JSON.stringify({ m: Math.max(1, 9), d: new Date(0).toISOString() })"));
console.log(vm.runInNewContext("hoisted(); function hoisted() { return 'called before its line' }"));
console.log(vm.runInNewContext("'use strict'; var s = 1; s + 1", {}));
console.log(vm.runInNewContext(""), vm.runInNewContext("var q = 1"), vm.runInNewContext("1;;"));
console.log(typeof c, typeof d, typeof twice, typeof e);
