// A context keeps its top-level let and const between runs, as node's global lexical scope does:
// later runs and closures see them, they are not sandbox properties, they shadow one, and
// declaring one again is a SyntaxError.
const vm = require('vm');
const c = vm.createContext({ n: 1 });
console.log(vm.runInContext('let q = 5; const k = "K"; var v = 6; n++; q + k', c));
console.log([c.n, c.v, c.q, c.k], vm.runInContext('typeof q + " " + q + k', c));
console.log(vm.runInContext('q = q + 1; q', c), vm.runInContext('(() => q * 2)()', c));
try { vm.runInContext('let q = 1', c); } catch (e) { console.log(e.name, e.message); }
console.log(vm.runInContext('let n = "shadow"; n + " " + this.n', c), c.n);
console.log(vm.runInContext('let [a, b] = [1, 2]; a + b', c));
console.log(vm.runInNewContext('let x = 1; { let x = 2; } x'));
console.log(vm.runInNewContext('const fn = () => inner; let inner = "late"; fn()'));
