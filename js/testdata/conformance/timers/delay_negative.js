// Rule: a negative delay becomes 1 ms, the same list as 0 and 1.
setTimeout(() => console.log("-5"), -5);
setTimeout(() => console.log("0"), 0);
setTimeout(() => console.log("-Infinity"), -Infinity);
