// Array.prototype.map over an array with holes keeps the holes, and the
// result is an ordinary holey array to every built-in that reads it
// (goja's map made a result its fast paths took for dense: a crash).
const holey = () => new Array(3).map(String);
console.log(new Set(new Array(2).map(String)).size);
console.log(holey(), holey().length, Object.keys(holey()));
console.log([1, , 3].map(x => x * 2), [1, , 3].map(x => x * 2).includes(undefined));
console.log(holey().includes(undefined), holey().indexOf(undefined));
console.log(new Set(holey().slice()).size, new Set(holey().concat([1])).size);
console.log(Array.from(holey()), [...holey()]);
try { new Map(holey()) } catch (e) { console.log(e.name) }
console.log(String.prototype.concat.apply('', holey()));
console.log(Math.max.apply(null, [1, , 5].map(x => x)));
console.log(JSON.stringify(holey()), holey().sort().length);
try { new WeakSet(holey()) } catch (e) { console.log(e.name) }
Promise.all([1, , 3].map(x => x)).then(v => console.log('all', v));
class X extends Array {}
const x = X.from([1, 2, 3]);
delete x[1];
const m = x.map(v => v + 1);
console.log(m instanceof X, m, Object.keys(m));
const a = [1, , 3];
console.log(a.map((v, i, o) => { o[1] = 9; return v + i }));
console.log(Array.prototype.map.name, Array.prototype.map.length);
try { [1, , 2].map(5) } catch (e) { console.log(e.name) }
function rec() { return [1, , 2].map(rec) }
try { rec() } catch (e) { console.log('caught', e.name) }
