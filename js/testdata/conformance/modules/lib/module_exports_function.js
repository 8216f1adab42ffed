// Helper: module.exports replaced by a function.
module.exports = function greet() {
  return "greet";
};
module.exports.extra = 42;
