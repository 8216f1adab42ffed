// Importing CommonJS: default is module.exports; named exports are the names node's cjs-module-lexer detects, copied at evaluation.
import cjs, { alpha, beta, gamma } from './lib/cjs_exports.cjs';
import * as ns from './lib/cjs_exports.cjs';
import lit, { one, two, three } from './lib/cjs_literal.cjs';
import { fromEsbuild } from './lib/cjs_esbuild.cjs';
console.log(alpha, beta, gamma, one(), two, three, fromEsbuild);
console.log(cjs === ns.default, typeof lit, Object.keys(ns));
setImmediate(() => setImmediate(() => console.log(alpha, cjs.alpha, ns.alpha)));
console.log('notDetected' in ns, cjs.notDetected);
