// Symbols print as Symbol(desc); symbol keys are shown in brackets.
const s = Symbol("tag");
console.log(s, Symbol(), Symbol.iterator);
console.log({ [s]: 1, plain: 2 });
console.log([Symbol("in array")]);
