// Evaluates test cases in node and prints what util.inspect / util.format
// return for them, as a JSON array in case order. Input: a JSON array of
// {mode, expr, opts} on stdin. Used by inspect_test.go as the oracle.
'use strict';
const util = require('util');
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const geval = eval;
const out = cases.map((c) => {
  try {
    const v = geval('(' + c.expr + ')');
    const opts = c.opts ? geval('(' + c.opts + ')') : undefined;
    switch (c.mode) {
      case 'format':
        return opts ? util.formatWithOptions(opts, ...v) : util.format(...v);
      default:
        return opts ? util.inspect(v, opts) : util.inspect(v);
    }
  } catch (e) {
    return 'THROWS: ' + (e && e.message);
  }
});
process.stdout.write(JSON.stringify(out));
