// Helper: reassigning `exports` breaks the alias, so only module.exports counts.
exports = { lost: true };
module.exports.kept = true;
