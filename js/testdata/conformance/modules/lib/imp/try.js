// Requires made from a package whose package.json has "imports".
module.exports = (attempt) => ['#known', '#unknown', 'exp-pkg', 'exp-pkg/feature', 'exp-pkg/nope', 'exp-pkg/hidden/x'].map((id) => attempt(id, require));
