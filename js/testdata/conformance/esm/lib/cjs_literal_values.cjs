// module.exports object literals whose properties cjs-module-lexer reads in part.
const x = { y: 1 }, b = 2, c = 3, spread = { s: 4 };
function f() {}
if (process.argv.length < 0) {
  module.exports = { lit: 1, b };
  module.exports = { 'str': 'v', b };
  module.exports = { dotted: x.y, b };
  module.exports = { spaced: x , b };
  module.exports = { method() {}, afterMethod: f };
  module.exports = { beforeSpread: x, ...spread, afterSpread: f };
}
module.exports = { lit: 1, str: 'v', dotted: x.y, spaced: x, method() {}, beforeSpread: x, afterSpread: f, b, c };
