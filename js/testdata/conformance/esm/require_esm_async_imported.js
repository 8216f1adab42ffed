// require() of an ES module graph with top-level await is ERR_REQUIRE_ASYNC_MODULE even when an import evaluated it before (node words that case without the trailing spaces); createRequire's file is the "From" and the MODULE_NOT_FOUND require stack.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const here = (s) => s.split(import.meta.dirname).join('.');
const tryRequire = (f) => {
  try {
    console.log(f, require(f));
  } catch (e) {
    console.log(f, e.code, JSON.stringify(here(e.message)));
  }
};
tryRequire('./lib/tla_req_b.js');
console.log((await import('./lib/tla_req_c.js')).c);
tryRequire('./lib/tla_req_c.js');
tryRequire('./lib/tla_req_a.js');
try {
  require('./lib/no_such_file.js');
} catch (e) {
  console.log(e.code, JSON.stringify(here(e.message)), e.requireStack.map(here));
}
try {
  createRequire(import.meta.dirname + '/lib/')('./nope');
} catch (e) {
  console.log(e.code, e.requireStack.map(here));
}
