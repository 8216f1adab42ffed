// Named exports of a CommonJS module that assigns object literals: only the keys node's cjs-module-lexer reads (a value must be a lone identifier; it stops at the first property it cannot read).
import * as ns from './lib/cjs_literal_values.cjs';
console.log(Object.keys(ns));
console.log(ns.default.lit, ns.method === undefined, typeof ns.default.method);
