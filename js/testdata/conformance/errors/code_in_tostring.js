// node's internal errors show their code in String(err) ("TypeError [ERR_X]: ..."), so assert.throws(fn, /ERR_X/) matches; system errors (ENOENT) and user errors with a code do not.
const assert = require('assert');
const { Readable } = require('stream');
const show = (label, f) => { try { f(); console.log(label, 'no throw'); } catch (e) { console.log(label, String(e), Object.keys(e)); } };
show('buffer', () => Buffer.alloc(1).fill(1, 'x'));
show('events', () => { require('events').defaultMaxListeners = -1; });
show('fs', () => require('fs').readFileSync({}));
show('stream', () => Readable.from([1]).filter(1));
show('timers', () => setTimeout(5));
show('url', () => new URL('nope'));
show('url.fileURLToPath', () => require('url').fileURLToPath('http://x'));
show('http.get', () => require('http').get('nope'));
show('enoent', () => require('fs').readFileSync('no-such-file'));
show('user', () => { const e = new Error('mine'); e.code = 'ERR_MINE'; throw e; });
assert.throws(() => Readable.from([1]).filter(1), /ERR_INVALID_ARG_TYPE/);
assert.throws(() => Buffer.alloc(1).fill(1, 'x'), /^TypeError \[ERR_INVALID_ARG_TYPE\]: The "offset"/);
console.log('assert.throws matched');
