// Error positions in an ES module (esbuild-transformed code) are node's lines and columns: new, throw, a class method, an async generator and code after a top-level await.
const pos = (e, i = 1) => { const m = /error_positions\.js:(\d+):(\d+)/.exec(e.stack.split('\n')[i]); return m ? m[1] + ':' + m[2] : 'none'; };
function make() { return new Error('made'); }
console.log('new in function', pos(make()), 'its caller', pos(make(), 2));
console.log('top level', pos(new TypeError('top')));
class Shape { area() { throw new RangeError('no area'); } }
try { new Shape().area(); } catch (e) { console.log('class method', pos(e)); }
async function* gen() { yield 1; throw new Error('inside the generator'); }
try { for await (const v of gen()) console.log('value', v); } catch (e) { console.log('async generator', pos(e)); }
await null;
    const indented = new SyntaxError('after await');
console.log('after await', pos(indented));
const arrow = () => { throw new Error('arrow'); };
Promise.resolve().then(arrow).catch((e) => console.log('arrow in a job', pos(e)));
