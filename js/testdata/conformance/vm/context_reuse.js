// vm.createContext and runInContext: one sandbox across several runs keeps its state, the
// caller sees and changes it between runs; isContext; a plain object is not a context.
const vm = require("vm");

const ctx = { count: 0, log: [] };
console.log(vm.isContext(ctx));
console.log(vm.createContext(ctx) === ctx, vm.isContext(ctx), vm.createContext(ctx) === ctx);
vm.runInContext("var step = 2; function bump() { count += step; log.push(count); return count }", ctx);
console.log(vm.runInContext("bump()", ctx), vm.runInContext("bump()", ctx));
ctx.step = 10;
console.log(vm.runInContext("bump()", ctx), ctx.count, ctx.log);
console.log(ctx.bump(), ctx.count);
const fresh = vm.createContext();
console.log(vm.isContext(fresh), Object.keys(fresh), vm.runInContext("typeof bump", fresh));
vm.runInContext("made = 'here'", fresh);
console.log(fresh.made, typeof made);
for (const bad of [{}, 1, null, undefined]) {
  try {
    vm.runInContext("1", bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const bad of [1, "s", null]) {
  try {
    vm.isContext(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    vm.createContext(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
