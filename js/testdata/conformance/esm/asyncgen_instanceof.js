// ES module: an async generator function's objects are instances of it (declarations, named and anonymous expressions, closures made twice).
async function* ag(){ yield 1 }
console.log(ag() instanceof ag, Object.getPrototypeOf(ag()) === ag.prototype);
const e = async function*(){}; console.log(e() instanceof e, e.name);
const n = async function* named(){}; console.log(n() instanceof n, n.name);
const arr = [async function*(){}]; console.log(arr[0]() instanceof arr[0], JSON.stringify(arr[0].name));
function mk() { return async function*(){} }
const m1 = mk(), m2 = mk(); console.log(m1() instanceof m1, m1() instanceof m2, m1.prototype === m2.prototype);
ag.prototype = null; const z = ag(); console.log(Object.getPrototypeOf(Object.getPrototypeOf(z)) === Object.getPrototypeOf(async function*(){}).prototype, Object.prototype.toString.call(z));
ag.prototype = { hello() { return 'hi' } }; console.log(ag().hello());
async function* shadow(shadow) { yield shadow } console.log(typeof shadow(1).next);
(async () => { for await (const v of (async function*(){ yield 7 })()) console.log('v', v); const g = e(); console.log(await g.next()); })();
