// vm's exports in node's order, and vm.constants: the two symbols, a null-prototype frozen object; createContext(DONT_CONTEXTIFY) gives a context of its own
const vm = require('vm');
console.log(Object.keys(vm));
console.log(vm.constants, Object.isFrozen(vm.constants), Object.getPrototypeOf(vm.constants));
const ctx = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof ctx, vm.runInContext('var q = 40; q + 2', ctx), vm.runInContext('typeof require', ctx));
try { vm.createContext(Symbol('x')); } catch (e) { console.log(e.code); }
