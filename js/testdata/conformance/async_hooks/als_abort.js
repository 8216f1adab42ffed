// AsyncLocalStorage and AbortSignal/EventTarget: 'abort' listeners run synchronously in the store of abort()'s caller; AbortSignal.timeout fires in the store current when it was made; an EventTarget dispatch is synchronous too.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const ac = new AbortController();
als.run('listen', () => ac.signal.addEventListener('abort', () => console.log('abort listener', als.getStore())));
als.run('onabort', () => { ac.signal.onabort = () => console.log('onabort', als.getStore()); });
als.run('abort', () => setTimeout(() => ac.abort(), 1));
const t = als.run('timeout made', () => AbortSignal.timeout(5));
als.run('timeout listen', () => t.addEventListener('abort', () => console.log('timeout abort', als.getStore(), t.reason.name)));
const et = new EventTarget();
als.run('et listen', () => et.addEventListener('ping', (e) => console.log('event', e.type, als.getStore()), { once: true }));
als.run('dispatch', () => setTimeout(() => et.dispatchEvent(new Event('ping')), 10));
const any = als.run('any', () => AbortSignal.any([ac.signal]));
any.addEventListener('abort', () => console.log('any abort', als.getStore()));
