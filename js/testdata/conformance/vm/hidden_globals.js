// A new context has the language's built-ins and a console that prints nowhere, but none of
// node's globals (require, process, setTimeout, Buffer, module...) unless the sandbox gives them.
const vm = require("vm");

const names = ["require", "process", "setTimeout", "setImmediate", "queueMicrotask", "Buffer", "module",
  "exports", "__filename", "global", "structuredClone", "URL", "TextEncoder", "fetch",
  "Object", "Array", "JSON", "Math", "Promise", "Map", "Symbol", "Error", "RegExp", "Reflect", "Proxy",
  "parseInt", "encodeURIComponent", "console", "globalThis", "undefined", "NaN"];
console.log(vm.runInNewContext(`[${names.map((n) => `typeof ${n}`).join(", ")}]`).join(" "));
console.log(vm.runInNewContext("console.log('never printed'); 'console ok'"));
const given = { setTimeout, console, process };
console.log(vm.runInNewContext("typeof setTimeout + ' ' + typeof console.log + ' ' + process.version.startsWith('v')", given));
vm.runInNewContext("console.log('printed through the given console')", given);
try {
  vm.runInNewContext("require('fs')");
} catch (e) {
  console.log(e.name, e.message);
}
try {
  vm.runInNewContext("undefinedName + 1");
} catch (e) {
  console.log(e.name, e.message);
}
const ctx = vm.createContext({});
vm.runInContext("setTimeout = 'mine'; var process = 'also mine'", ctx);
console.log(ctx.setTimeout, ctx.process, typeof setTimeout, typeof process);
