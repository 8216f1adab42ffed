// Assigns to exports in an .mjs file (esm/commonjs_global_in_module).
exports.x = 1;
