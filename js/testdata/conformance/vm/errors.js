// Errors in vm code: a throw reaches the caller with its message and name; SyntaxErrors come from
// new vm.Script before anything runs; the sandbox keeps what ran before the throw.
const vm = require("vm");

const sandbox = { before: 0 };
try {
  vm.runInNewContext("before = 1; throw new TypeError('bad ' + before)", sandbox);
} catch (e) {
  console.log(e.name, e.message, sandbox.before);
}
try {
  vm.runInNewContext("throw { plain: 'object' }");
} catch (e) {
  console.log(e);
}
try {
  vm.runInNewContext("null.x");
} catch (e) {
  console.log(e.name);
}
for (const src of ["a +", "var = 1", "}", "let x = 1; let x = 2", "return 1"]) {
  try {
    new vm.Script(src);
    console.log("compiled", src);
  } catch (e) {
    console.log(src, "->", e.name);
  }
}
try {
  vm.runInNewContext("ran = true; (", sandbox);
} catch (e) {
  console.log(e.name, "ran:", sandbox.ran);
}
vm.runInNewContext("Promise.reject(new Error('async in context'))").catch((e) => console.log("caught", e.message));
const p = vm.runInNewContext("new Promise((resolve) => resolve(42))");
p.then((v) => console.log("resolved", v));
