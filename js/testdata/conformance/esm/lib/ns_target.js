// A module with one export, x = 1, whose namespace the namespace_reflect cases write to.
export let x = 1;
