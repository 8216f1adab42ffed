// A stream with an AbortSignal is destroyed with an AbortError when the signal aborts; finished() and stream/promises see it.
const { Readable, addAbortSignal, finished } = require('stream');
const { finished: finishedP } = require('stream/promises');
const ac = new AbortController();
const r = new Readable({ read() {}, signal: ac.signal });
r.on('error', (e) => console.log('r error', e.name, e.code, e.message));
r.on('close', () => console.log('r close', r.destroyed));
finished(r, (err) => console.log('finished', err && err.name));
setTimeout(() => ac.abort(), 5);
const ac2 = new AbortController();
const r2 = addAbortSignal(ac2.signal, new Readable({ read() {} }));
finishedP(r2).catch((e) => console.log('promise finished', e.name, e.cause === undefined));
ac2.abort();
const ac3 = new AbortController();
const r3 = Readable.from(['x']);
finished(r3, { signal: ac3.signal }, (err) => console.log('eos signal', err && err.name));
ac3.abort();
try { addAbortSignal('nope', r3); } catch (e) { console.log(e.code); }
