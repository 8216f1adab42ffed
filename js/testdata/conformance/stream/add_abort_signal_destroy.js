// stream.addAbortSignal destroys a stream with AbortError when the signal aborts
const { addAbortSignal, Readable } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('error', e.name, e.code));
r.on('close', () => console.log('close', r.destroyed));
ac.abort();
try { addAbortSignal('x', r); } catch (e) { console.log(e.code); }
try { addAbortSignal(ac.signal, {}); } catch (e) { console.log(e.code); }
