// require() of an ES module (node 20.19+): the namespace, shared with import; a graph with top-level await is ERR_REQUIRE_ASYNC_MODULE.
import * as counter from './lib/counter.js';
import req from './lib/requires_esm.cjs';
console.log(req.ns === counter, req.tag, req.tlaError);
