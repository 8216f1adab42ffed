// The arguments array a proxy's apply or construct trap receives is its own: kept and printed later it still holds that call's arguments.
const util = require('util');
const calls = [];
const handler = {
  count: 0,
  apply(target, thisArg, args) {
    this.count++;
    calls.push(['apply', args]);
    return Reflect.apply(target, thisArg, args);
  },
  construct(target, args, newTarget) {
    calls.push(['construct', args, newTarget === Logged]);
    return Reflect.construct(target, args, newTarget);
  },
};
function Point(x, y) { this.x = x; this.y = y; }
const Logged = new Proxy(Point, handler);
console.log(Logged(1, 2), new Logged(3, 4), [new Logged(5, 6)]);
const add = new Proxy((a, b) => a + b, { apply: (t, th, args) => { setTimeout(() => console.log('later:', args), 0); return t(...args); } });
console.log(add(1, 2), add.call(null, 3, 4), add.apply(null, [5, 6]), Reflect.apply(add, null, [7, 8]));
console.log(calls, handler.count);
const { proxy, revoke } = Proxy.revocable(function f() {}, { construct(t, args) { return { args }; } });
console.log([new proxy('a'), new proxy('b', 'c')]);
revoke();
console.log(util.inspect(Logged, { showProxy: true, breakLength: Infinity }));
console.log(typeof Proxy, Proxy.name, Proxy.length, Proxy.prototype, Object.getOwnPropertyNames(Proxy).sort());
try { Proxy({}, {}); } catch (e) { console.log(e.name); }
