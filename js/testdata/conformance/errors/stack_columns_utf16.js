// err.stack read by the program: columns on lines with non-ASCII text are UTF-16 units (node's), not bytes.
const here = /stack_columns_utf16\.js:(\d+):(\d+)/;
const at = (e) => e.stack.split('\n').find((l) => here.test(l)).match(here).slice(1).join(':'); // the first frame: a caller's is the call's ( in goja
const x = {};
try { x.y.z; } catch (e) { console.log('ascii line', at(e)); }
const s = 'héllo wörld'; try { x.y.z; } catch (e) { console.log('latin', at(e)); }
const t = '😀😀'; try { x.y.z; } catch (e) { console.log('emoji', at(e)); }
const u = '日本語'; const err = new Error('é'); console.log('cjk', at(err));
/* ü */ function made() { return new Error('in a function'); } console.log('function', at(made()));
const v = 'ñ'; [1].forEach(() => { const e = new Error('arrow'); console.log('arrow', at(e)); });
// comment with é, then a plain line
try { x.y.z; } catch (e) { console.log('after', at(e)); }
class K { m() { return new Error('method'); } } const w = 'ø'; console.log('method', at(new K().m()));
const long = '€'.repeat(10); const e2 = new Error(long); console.log('repeat', at(e2));
