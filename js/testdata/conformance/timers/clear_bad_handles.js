// clearTimeout/clearInterval/clearImmediate ignore undefined, null, strings and plain objects.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout("nope");
clearInterval({});
clearImmediate(undefined);
clearImmediate(null);
console.log("no throw");
