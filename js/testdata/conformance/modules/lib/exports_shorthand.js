// Helper: adds properties through the `exports` alias.
exports.a = 1;
exports.hello = (name) => "hello " + name;
