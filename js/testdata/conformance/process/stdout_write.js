// process.stdout.write writes without a newline and returns true; console.log adds one.
const ok = process.stdout.write("a");
process.stdout.write("b\n");
console.log("write returned", ok);
console.log(typeof process.stdout.write, typeof process.stderr.write);
