// TypeScript's `export * from` in CommonJS output (__exportStar(require('x'), exports), tslib.__exportStar, __export(require('x'))): the re-exported module's names are named exports, as cjs-module-lexer finds them (not with a space before require).
import * as ns from './lib/ts_star.cjs';
import def, { own, from_s, from_t, from_u } from './lib/ts_star.cjs';
console.log(Object.keys(ns), own, from_s, from_t, from_u, def.from_v, ns.from_v);
