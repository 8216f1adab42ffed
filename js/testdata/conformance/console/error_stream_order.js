// console.error and console.warn go to stderr; only stdout is compared, so stdout shows its own
// order around them.
console.log("out 1");
console.error("err 1");
console.warn("warn 1");
console.log("out 2");
console.info("info goes to stdout");
console.debug("debug goes to stdout");
