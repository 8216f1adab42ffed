// console.log of primitives at top level: strings unquoted, -0 printed as -0, bigint with n.
console.log("a string");
console.log(42, 3.5, -0, 0, NaN, Infinity, -Infinity);
console.log(true, false, null, undefined);
console.log(123n, -5n);
console.log("");
console.log();
