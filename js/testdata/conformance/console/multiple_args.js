// Several arguments are joined with spaces; objects among them are inspected.
console.log("a", 1, { b: 2 }, [3], "c");
console.log({ x: 1 }, "then text");
