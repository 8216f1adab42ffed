// Error positions in an ES module without top-level await: node's lines and columns (the module's code runs through esbuild's source map).
const pos = (e, i = 1) => { const m = /error_positions_sync\.js:(\d+):(\d+)/.exec(e.stack.split('\n')[i]); return m ? m[1] + ':' + m[2] : 'none'; };
function make() { return new Error('made'); }
console.log('new in function', pos(make()), 'its caller', pos(make(), 2));
  console.log('top level', pos(new TypeError('top')));
class Shape { area() { throw new RangeError('no area'); } }
try { new Shape().area(); } catch (e) { console.log('class method', pos(e)); }
setTimeout(function later() { console.log('in a timer', pos(new Error('timer'))); });
