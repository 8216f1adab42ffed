// diagnostics_channel.tracingChannel: traceSync, tracePromise and traceCallback publish start/end/asyncStart/asyncEnd/error with one context.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('job');
const log = (ev) => (ctx) => console.log(ev, JSON.stringify(Object.keys(ctx)), ctx.result !== undefined ? ctx.result : '', ctx.error ? ctx.error.message : '');
tc.subscribe({ start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') });
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
console.log('sync ->', tc.traceSync((a, b) => a + b, { id: 1 }, null, 2, 3));
try { tc.traceSync(() => { throw new Error('bad'); }, { id: 2 }); } catch (e) { console.log('rethrown', e.message); }
tc.tracePromise(async (x) => x * 2, { id: 3 }, null, 21).then((v) => {
  console.log('promise ->', v);
  tc.traceCallback((n, cb) => setImmediate(() => cb(null, n + 1)), -1, { id: 4 }, null, 9, (err, v2) => {
    console.log('callback ->', err, v2);
    tc.tracePromise(() => Promise.reject(new Error('nope')), { id: 5 }).catch((e) => console.log('rejected', e.message));
  });
});
