// Async generator requests in V8's promise jobs, against a counting chain: next() calls queued while it runs resume it at once after a yield, return() and throw() before the start or after the end, a return() at a yield awaited before its finally blocks (which may await), yield* over an async generator (its values not awaited again) and over an array.
const log = [];
let t = 0;
function ticker(n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => { t++; }); }
const L = (s) => log.push(t + ':' + s);
async function* a1() { L('a1 start'); yield 1; L('a1 after 1'); await null; L('a1 after await'); yield Promise.resolve(2); L('a1 after 2'); return 3; }
async function* a2() { try { yield 'x'; yield 'y'; } finally { L('a2 finally'); await 0; L('a2 finally after await'); } }
async function* inner() { yield 'i1'; yield 'i2'; return 'iret'; }
async function* a3() { const r = yield* inner(); L('a3 got ' + r); yield* ['s1', 's2']; return 'done3'; }
async function* a4() { yield 1; throw new Error('a4 boom'); }
async function* a5() {}
async function* a6() { return Promise.resolve('r6'); }
async function* a7() { try { yield* inner(); } finally { L('a7 finally'); } }
async function scenario(name, f) { try { await f(); } catch (e) { L(name + ' caught ' + e.message); } }
ticker(60);
scenario('s1', async () => { for await (const v of a1()) L('s1 ' + v); L('s1 end'); });
scenario('s2', async () => { const g = a2(); L('s2 ' + JSON.stringify(await g.next())); L('s2 ret ' + JSON.stringify(await g.return('R'))); L('s2 next ' + JSON.stringify(await g.next())); });
scenario('s3', async () => { for await (const v of a3()) L('s3 ' + v); });
scenario('s4', async () => { for await (const v of a4()) L('s4 ' + v); });
scenario('s5', async () => { const g = a1(); const ps = [g.next(), g.next(), g.next(), g.return('early'), g.next()]; for (const p of ps) p.then((r) => L('s5 ' + JSON.stringify(r))); });
scenario('s6', async () => { L('s6 ' + JSON.stringify(await a5().next())); L('s6b ' + JSON.stringify(await a6().next())); });
scenario('s7', async () => { const g = a2(); g.return('start-ret').then((r) => L('s7 ret ' + JSON.stringify(r))); g.next().then((r) => L('s7 next ' + JSON.stringify(r))); });
scenario('s8', async () => { const g = a2(); g.throw(new Error('t8')).catch((e) => L('s8 throw ' + e.message)); g.next().then((r) => L('s8 next ' + JSON.stringify(r))); });
scenario('s9', async () => { const g = a7(); await g.next(); L('s9 ret ' + JSON.stringify(await g.return('x9'))); });
scenario('s10', async () => { const g = a3(); const all = []; for (let i = 0; i < 6; i++) all.push(g.next().then((r) => L('s10 ' + JSON.stringify(r)))); await Promise.all(all); });
scenario('s11', async () => { const g = a2(); await g.next(); g.throw(new Error('t11')).catch((e) => L('s11 ' + e.message)); });
setTimeout(() => console.log(log.join('\n')));
