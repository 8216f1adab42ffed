var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var mod_exports = {};
__export(mod_exports, { fromEsbuild: () => fromEsbuild, hidden: () => hidden });
module.exports = mod_exports;
const fromEsbuild = 'esbuild';
const hidden = 'not announced';
0 && (module.exports = {
  fromEsbuild
});
