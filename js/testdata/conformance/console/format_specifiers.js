// util.format / console.log specifiers: %s %d %i %f %j %o %O %c %% and extra arguments.
console.log("%s|%s|%s", "str", 42, { a: 1 });
console.log("%d|%d|%d", 42.5, "7", "x");
console.log("%i|%i", 42.9, "-3.7");
console.log("%f|%f", "1.5", 2);
console.log("%j", { a: [1, "b"] });
console.log("%o", [1]);
console.log("%O", { a: { b: 1 } });
console.log("%c styled", "color: red");
console.log("100%% done"); // a lone string is not a format string: %% stays
console.log(require("util").format("100%% done"));
console.log("%s: 100%%", "progress");
console.log("%s and", "one", "extra", 2);
console.log("missing %s %s", "only one");
console.log("%d", 10n);
