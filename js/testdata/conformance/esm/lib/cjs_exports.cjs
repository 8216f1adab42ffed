const internal = { gamma: 'g' };
exports.alpha = 'a';
module.exports.beta = 'b';
Object.defineProperty(exports, 'gamma', { enumerable: true, get: function () { return internal.gamma; } });
Object.defineProperty(exports, 'notDetected', { enumerable: true, get() { return 'computed ' + 1; } });
exports.undefinedLater = undefined;
setImmediate(() => { exports.alpha = 'changed'; });
