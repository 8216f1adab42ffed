// Reads module in a function called after evaluation: not explained (esm/commonjs_global_in_module).
export function later() { return module.id; }
