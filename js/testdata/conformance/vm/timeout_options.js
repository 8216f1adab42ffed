// The timeout option is validated (an integer from 1 to 2**32-1, ms); a script that ends in time
// is not affected. (A runaway script's ERR_SCRIPT_EXECUTION_TIMEOUT is js/vm's Go test: the wasm
// engine cannot stop a running script, see site/docs/builtins.md.)
const vm = require("vm");

const ctx = vm.createContext({ spins: 0 });
console.log(vm.runInContext("for (let i = 0; i < 1000; i++) spins++; spins", ctx, { timeout: 60000 }));
console.log(new vm.Script("'this context'").runInThisContext({ timeout: 60000 }));
for (const t of [0, -1, 1.5, "10", 2 ** 32, null]) {
  try {
    vm.runInNewContext("1", {}, { timeout: t });
    console.log("ok", t);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const o of [{ displayErrors: 1 }, { breakOnSigint: "yes" }, 7]) {
  try {
    vm.runInNewContext("1", {}, o);
    console.log("ok", o);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
