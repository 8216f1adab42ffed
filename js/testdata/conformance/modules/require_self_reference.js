// A package requires itself by its own name through its "exports" (node's trySelf), before node_modules; a subpath it does not export is ERR_PACKAGE_PATH_NOT_EXPORTED.
console.log(require('./lib/selfpkg/requirer.js'));
