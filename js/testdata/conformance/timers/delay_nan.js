// Rule: a NaN delay (NaN itself, a non-numeric string, undefined, an object) becomes 1 ms.
setTimeout(() => console.log("NaN"), NaN);
setTimeout(() => console.log("'abc'"), "abc");
setTimeout(() => console.log("undefined"));
setTimeout(() => console.log("{}"), {});
setTimeout(() => console.log("1"), 1);
