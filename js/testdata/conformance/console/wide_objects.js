// Objects whose one-line form exceeds 72 characters break into one property per line.
console.log({ short: 1, other: 2 });
console.log({
  alpha: "aaaaaaaaaaaa",
  beta: "bbbbbbbbbbbb",
  gamma: "cccccccccccc",
  delta: "dddddddddddd",
  epsilon: "eeeeeeeeeeee",
});
console.log({ list: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"] });
