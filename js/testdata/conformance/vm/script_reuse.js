// vm.Script compiled once, run in several contexts, in a new context each time, and in this
// context (where top-level var becomes a global, and module locals are not visible).
const vm = require("vm");

const script = new vm.Script("n = (typeof n === 'number' ? n : 0) + 1; var tag = 'seen'; n");
const c1 = vm.createContext({});
const c2 = vm.createContext({ n: 100 });
console.log(script.runInContext(c1), script.runInContext(c1), script.runInContext(c2), c1.n, c2.n, c1.tag);
console.log(script.runInNewContext(), script.runInNewContext({ n: 41 }));
console.log(script instanceof vm.Script, Buffer.isBuffer(script.createCachedData()));

const local = "module local";
const g = new vm.Script("var fromScript = 'global var'; globalThis.viaThis = 'global prop'; typeof local + ' ' + typeof require", { filename: "this.js" });
console.log(g.runInThisContext());
console.log(fromScript, viaThis, local);
console.log(vm.runInThisContext("fromScript + '!'"), vm.runInThisContext("typeof process"));
console.log(vm.createScript("1 + 1").runInNewContext());
for (const bad of [5, null]) {
  try {
    new vm.Script("1", bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(new vm.Script(123).runInNewContext());
