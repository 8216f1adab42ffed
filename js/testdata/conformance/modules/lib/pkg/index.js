// Helper: a directory required by name resolves to its index.js.
module.exports = "from index.js";
