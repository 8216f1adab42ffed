const e = new Error('first line'); const m = /\.js:(\d+):(\d+)/.exec(e.stack.split('\n')[1]); console.log('line', m[1], 'column', m[2]); // line 1 column 11 (no wrapper offset)
function boom() { throw new RangeError('thrown'); }
try { boom(); } catch (err) { const f = /\.js:(\d+):(\d+)/.exec(err.stack.split('\n')[1]); console.log(err.name, 'at line', f[1], 'column', f[2]); }
