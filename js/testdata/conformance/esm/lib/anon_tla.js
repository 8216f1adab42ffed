// A parenthesized anonymous function expression, named "default", in a module with top-level await.
export default (function* () {});
await null;
