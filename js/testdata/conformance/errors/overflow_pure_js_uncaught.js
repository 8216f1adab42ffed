// Recursion with no catch around it ends the program as in node: the
// RangeError is reported and the exit code is 1; output printed before it
// stays.
console.log('before');
function f(n) { return f(n + 1) + 1; }
f(0);
console.log('never');
