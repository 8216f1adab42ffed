// diagnostics_channel: channel identity, hasSubscribers, publish to subscribers in order with (message, name), unsubscribe, a throwing subscriber reported on the next tick.
const dc = require('diagnostics_channel');
const ch = dc.channel('my-channel');
console.log(ch === dc.channel('my-channel'), ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'));
const a = (msg, name) => console.log('a', JSON.stringify(msg), name);
const b = (msg) => { console.log('b', msg.n); if (msg.n === 2) throw new Error('subscriber failed'); };
ch.subscribe(a);
dc.subscribe('my-channel', b);
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.hasSubscribers('other'));
ch.publish({ n: 1 });
process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
ch.publish({ n: 2 });
console.log('after publish');
console.log(ch.unsubscribe(a), ch.unsubscribe(a), dc.unsubscribe('my-channel', b), ch.hasSubscribers);
ch.publish({ n: 3 });
const sym = Symbol('s');
console.log(dc.channel(sym).name === sym);
try { dc.channel(5); } catch (e) { console.log(e.code, e.message); }
try { ch.subscribe('x'); } catch (e) { console.log(e.code); }
