// Strings nested in arrays/objects are quoted: single quotes by default, double if the string has
// a single quote, backticks if it has both; escapes for control characters.
console.log(["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline"]);
console.log({ s: "x", empty: "" });
console.log("top level 'not quoted'");
