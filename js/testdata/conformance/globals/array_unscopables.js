// Array.prototype[Symbol.unscopables] is node 20's (at included; no groupBy): printed, its descriptor, and what a with statement over an array hides.
console.log(Array.prototype[Symbol.unscopables])
const at = "outer"; with ([1, 2]) { console.log(at, typeof toSorted, typeof groupBy, length); } const d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables); console.log(d.writable, d.enumerable, d.configurable, Object.getPrototypeOf(d.value))
