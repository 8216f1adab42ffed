// A main module with a syntax error prints nothing on stdout and exits with code 1.
console.log('never printed');
let a = 1;
let b = a +;
