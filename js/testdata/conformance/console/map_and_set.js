// Map and Set print their size and entries; empty ones too; nested inside objects.
console.log(new Map([["a", 1], [2, { b: 3 }]]));
console.log(new Set([1, "two", [3]]));
console.log(new Map(), new Set());
console.log({ m: new Map([["k", new Set([1])]]) });
