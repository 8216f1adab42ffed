// node's internal errors carry their code in the first line of the stack
// ("TypeError [ERR_X]: message"), in every module; a system error's code
// and ERR_INVALID_URL's are not shown there.
const first = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n')[0].replace(__dirname, '.')); }
};
const EventEmitter = require('events');
first(() => EventEmitter.setMaxListeners('x'));
first(() => new EventEmitter().on('x', 5));
first(() => require('zlib').deflate('x', 5));
first(() => require('zlib').deflateSync('x', { level: 'a' }));
first(() => require('dgram').createSocket('bogus'));
first(() => require('crypto').randomBytes('x'));
first(() => require('crypto').randomUUID({ disableEntropyCache: 1 }));
first(() => require('dns').lookup(5));
first(() => require('dns').lookup('localhost', { hints: 'x' }, () => {}));
first(() => require('fs').readFile(5));
first(() => require('fs').readFileSync(__dirname + '/no-such-file'));
first(() => require('buffer').Buffer.alloc('x'));
first(() => queueMicrotask(5));
const { performance, PerformanceObserver, monitorEventLoopDelay } = require('perf_hooks');
first(() => performance.mark('x', { startTime: 'a' }));
first(() => new PerformanceObserver(() => {}).observe({ entryTypes: 5 }));
first(() => monitorEventLoopDelay({ resolution: 'x' }));
const { PassThrough } = require('stream');
first(() => require('readline').createInterface({ input: new PassThrough(), signal: 5 }));
const dc = require('diagnostics_channel');
first(() => dc.tracingChannel({ start: 5 }));
first(() => dc.subscribe('a', 5));
first(() => new URL('x'));
first(() => require('assert').strictEqual());
first(() => new TextDecoder('nope'));
