const tail = (s) => s.slice(s.indexOf('selfpkg'));
module.exports = [require('selfpkg'), require('selfpkg/sub'), tail(require.resolve('selfpkg/sub'))];
try {
  require('selfpkg/main.js');
} catch (e) {
  module.exports.push(e.code, e.message.replaceAll(require('path').dirname(__dirname), '<dir>'));
}
