// A recursion that passes through a native of the runtime at each level
// (JSON.parse's reviver, JSON.stringify's replacer, util.inspect calling a
// custom inspect, util.format, console.log) ends in a RangeError the
// program catches, and the program goes on.
const util = require('util');
function show(label, e) {
  console.log(label, e instanceof RangeError, e.message);
}
function reviver(k, v) { return JSON.parse('[1]', reviver); }
try { JSON.parse('[1]', reviver); } catch (e) { show('reviver', e); }

function replacer(k, v) { return JSON.stringify([1], replacer); }
try { JSON.stringify([1], replacer); } catch (e) { show('replacer', e); }

const custom = { [util.inspect.custom]() { return util.inspect(custom); } };
try { util.inspect(custom); } catch (e) { show('inspect', e); }

const fmt = { [util.inspect.custom]() { return util.format('%o', fmt); } };
try { util.format('%o', fmt); } catch (e) { show('format', e); }

let depth = 0;
function again() {
  depth++;
  try { return JSON.parse('1', again); } finally { depth--; }
}
try { again(); } catch (e) { show('finally', e); }
console.log('depth back to', depth);
console.log('still running');
