// vm.compileFunction: a function from a body and parameter names; contextExtensions and
// parsingContext give its free names; parameters are validated.
const vm = require("vm");

const add = vm.compileFunction("return a + b", ["a", "b"]);
console.log(typeof add, add(2, 3), add.length);
const ext = vm.compileFunction("return greeting + ', ' + name", ["name"], { contextExtensions: [{ greeting: "hello" }] });
console.log(ext("vm"));
const ctx = vm.createContext({ base: 100 });
const inCtx = vm.compileFunction("base += x; return base", ["x"], { parsingContext: ctx });
console.log(inCtx(1), inCtx(2), ctx.base);
console.log(vm.compileFunction("return typeof require")());
for (const bad of ["a", [1], null]) {
  try {
    vm.compileFunction("", bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  vm.compileFunction("return (");
} catch (e) {
  console.log(e.name);
}
