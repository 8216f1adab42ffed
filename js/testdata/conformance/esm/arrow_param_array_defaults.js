// ES module: arrow functions with two or more parameters, one an array pattern with a default whose elements have defaults (goja refused these lists).
const f = ({ x = 1 } = {}, [z = 3] = []) => x + z;
console.log(f());
console.log(f({ x: 10 }, [20]));
const g = (a, [b = 2, [c = 3] = []] = [], { d } = { d: 4 }) => a + b + c + d;
console.log(g(1), g.length);
const h = async (a, [b = 5] = []) => a + b;
h(1).then((v) => console.log('h', v));
const k = (a, [b = 1] = []) => { throw new Error('k ' + a + b); };
try { k(1); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join(' | ').replace(/\(.*[\/\\]/, '(')); }
const inner = (m, n = [1, 2].map((q) => ((p, [r = p] = []) => r)(q))) => m + n.join('');
console.log(inner('n:'));
