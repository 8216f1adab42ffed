// Arrays longer than 100 items print the first 100 and "... N more items".
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 101 }, () => "x"));
