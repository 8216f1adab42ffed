// Reads __dirname after a top-level await, in an ES module (esm/commonjs_global_in_module).
await null;
export default __dirname;
