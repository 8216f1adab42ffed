// A module with one export, x = 1, whose namespace esm/namespace_reflect writes to.
export let x = 1;
