// console.group indents by two spaces; console.count counts per label; a passing assert prints
// nothing (a failing one writes to stderr).
console.group("group A");
console.log("inside A");
console.group();
console.log("nested");
console.groupEnd();
console.groupEnd();
console.log("outside");
console.count();
console.count("x");
console.count();
console.countReset();
console.count();
console.assert(true, "not printed");
console.assert(false, "to stderr");
console.log("end");
