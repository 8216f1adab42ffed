// Helper with the .cjs extension: always CommonJS.
module.exports = { kind: "cjs", file: require("path").basename(__filename) };
