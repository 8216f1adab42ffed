// Keys that are not identifiers are quoted; numeric keys come first in insertion order rules.
console.log({ "a-b": 1, valid_id: 2, "with space": 3, 10: "ten", 2: "two" });
console.log({ "it's": 1 });
