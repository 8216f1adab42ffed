// Throwing a non-Error value uncaught still ends the process with exit code 1.
console.log("throwing a string");
throw "just a string";
