// A module with one export, x = 1, whose namespace modules/namespace_reflect_sloppy writes to.
export let x = 1;
