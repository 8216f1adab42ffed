// Anonymous functions and classes exported as default are named "default" (ECMA-262), whatever name esbuild's output gives their binding; named ones keep their names.
import fn from './lib/anon_function.js';
import C from './lib/anon_class.js';
import arrow from './lib/anon_arrow.js';
import gen from './lib/anon_tla.js';
import named from './lib/anon_named.js';
console.log(fn.name, C.name, arrow.name, gen.name, named.name);
console.log(fn, C, arrow, gen, named, new C());
console.log(fn(), new C().m(), Object.getOwnPropertyDescriptor(fn, 'name'));
