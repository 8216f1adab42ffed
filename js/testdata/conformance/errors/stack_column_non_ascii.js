// Stack columns count UTF-16 units, as V8 does, on lines with non-ASCII text before the frame: 'é' is one column, '😀' two (goja counts bytes).
const where = (e) => e.stack.split('\n').slice(1, 2).map((l) => /\.js:(\d+):(\d+)/.exec(l)).map((m) => m && `${m[1]}:${m[2]}`);
const s1 = 'héllo wörld 😀'; function f() { return new Error('x'); } function g() { return f(); }
console.log(s1.length, where(g()));
function h() { const t = 'ü'; return null.x; }
try { h(); } catch (err) { console.log(err.name, where(err)[0]); }
const k = () => { const emoji = '🎉🎉'; throw new RangeError('r'); };
try { k(); } catch (err) { console.log(err.name, where(err)[0]); }
