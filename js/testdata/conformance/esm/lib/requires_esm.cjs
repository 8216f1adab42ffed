const ns = require('./counter.js');
module.exports = { ns, tag: Object.prototype.toString.call(ns) };
try {
  require('./tla_slow.js');
} catch (e) {
  module.exports.tlaError = e.code;
}
