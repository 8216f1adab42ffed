// Rule: a delay above 2**31-1 becomes 1 ms (node prints a TimeoutOverflowWarning on stderr; only
// stdout is compared). So both timers share the 1 ms list.
setTimeout(() => console.log("2**31"), 2 ** 31);
setTimeout(() => console.log("1"), 1);
setTimeout(() => console.log("Infinity"), Infinity);
