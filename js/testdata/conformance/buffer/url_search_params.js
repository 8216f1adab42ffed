// URLSearchParams: parsing, get/set/append/delete/has/sort, iteration, form encoding, and its live link to URL.search.
const p = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d&=e&f=%zz&g=%C3%A9');
console.log([...p], p.size, p.get('a'), p.getAll('a'), p.get('zz'), p.has('d'), p.has('a', '3'), p.has('a', '9'));
p.append('h', 'x y&z=é'); p.delete('b'); p.set('a', 'one'); p.delete('a', 'nope');
console.log(p.toString(), String(p));
p.sort(); console.log([...p.keys()], [...p.values()]);
console.log(new URLSearchParams({ x: 1, y: [2, 3], z: null }).toString(), new URLSearchParams([['k', 'v'], ['k', 'w']]).toString(), new URLSearchParams(p).size);
try { new URLSearchParams([['a']]); } catch (e) { console.log(e.code, e.message); }
try { p.get(); } catch (e) { console.log(e.code, e.message); }
try { p.append('a'); } catch (e) { console.log(e.code, e.message); }
const u = new URL('http://h/?x=1');
const sp = u.searchParams;
sp.append('y', 'a b'); console.log(u.href, u.search);
u.search = 'z=9'; console.log(sp.get('z'), sp.has('x'), u.searchParams === sp);
sp.delete('z'); console.log(u.href, JSON.stringify(u.search));
const seen = []; new URLSearchParams('a=1&b=2').forEach((v, k, o) => seen.push(k + v + (o instanceof URLSearchParams))); console.log(seen);
const it = new URLSearchParams('q=1').entries(); console.log(it.next(), it.next(), Object.prototype.toString.call(it));
console.log(new URLSearchParams('a=1&b=2'), new URLSearchParams(''), Object.prototype.toString.call(p));
console.log(new URLSearchParams('\ud800=\udfff').toString(), new URLSearchParams('!\'()~*-._=1').toString());
