// yield* in async generators in V8's promise jobs (ES module, top-level await): sync generators and generator methods nested in an async generator keep a sync yield*, a sync iterable's values are awaited as an async-from-sync iterator's, return() and throw() reach a custom inner iterator (one without throw is closed, then TypeError), a non-object inner result is a TypeError.
const log = [];
let t = 0;
function ticker(n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => { t++; }); }
const L = (s) => log.push(t + ':' + s);
function* topSync() { yield* [1, 2]; return 'ts'; }
L('topSync ' + [...topSync()].join());
async function* outer() {
  function* nested() { const r = yield* topSync(); yield r; }
  const o = { *m() { yield* ['m1', 'm2']; }, async *am() { yield* ['am1']; yield* nested(); } };
  class K { static *s() { yield* 'ab'; } }
  L('nested ' + [...nested()].join() + ' ' + [...o.m()].join() + ' ' + [...K.s()].join());
  for await (const v of o.am()) L('am ' + v);
  const r = yield* nested();
  L('outer got ' + r);
  yield* (async function* () { yield 'anon'; })();
  const thenables = yield* [Promise.resolve('pv'), { then(r) { r('thenable'); } }];
  return 'outer done';
}
const agen = async function* named() { yield* outer(); };
const custom = { [Symbol.asyncIterator]() { let i = 0; return { next: (v) => ({ value: 'c' + i, done: i++ > 1 }), return: (v) => { L('custom return ' + v); return { value: 'cr', done: true }; } }; } };
async function* withCustom() { try { const r = yield* custom; L('custom result ' + r); } finally { L('withCustom finally'); } }
ticker(80);
await (async () => {
  for await (const v of agen()) L('v ' + v);
  const g = withCustom(); L(JSON.stringify(await g.next())); L(JSON.stringify(await g.return('R')));
  for await (const v of withCustom()) L('wc ' + v);
  const g2 = withCustom(); await g2.next(); try { await g2.throw(new Error('thrown in')); } catch (e) { L('g2 ' + e.message); }
  async function* badInner() { yield* { [Symbol.asyncIterator]: () => ({ next: () => 5 }) }; }
  try { for await (const v of badInner()) L(v); } catch (e) { L(e.constructor.name + ' ' + e.message); }
  async function* syncThrow() { try { yield* { [Symbol.iterator]: () => ({ next: () => ({ value: 1, done: false }) }) }; } finally { L('syncThrow finally'); } }
  const g3 = syncThrow(); await g3.next(); try { await g3.throw(new Error('into sync')); } catch (e) { L('g3 ' + e.message); }
  const g4 = syncThrow(); await g4.next(); L('g4 ' + JSON.stringify(await g4.return('R4')));
})().catch((e) => L('main caught ' + e.stack));
setTimeout(() => console.log(log.join('\n')));
