// Boxed primitives, regexps, and objects with a toString are printed by inspect, not toString.
console.log(new Number(3), new String("s"), new Boolean(false));
console.log(/ab+c/gi);
console.log({ toString() { return "custom"; } });
console.log(String({ toString() { return "custom"; } }));
console.log([undefined, null]);
