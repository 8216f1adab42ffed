// AbortController and AbortSignal as node's: DOMException reasons, illegal constructor, inspect output, listener removal by signal.
const ac = new AbortController();
ac.signal.addEventListener('abort', (ev) => console.log('aborted', ev.type, ev.isTrusted, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code));
ac.signal.onabort = () => console.log('onabort');
console.log(ac, ac.signal);
ac.abort();
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason instanceof DOMException, Object.prototype.toString.call(ac.signal), ac);
const s2 = AbortSignal.abort('why');
console.log(s2.aborted, s2.reason);
try { s2.throwIfAborted(); } catch (x) { console.log('threw', x); }
const s3 = AbortSignal.abort();
console.log(s3.reason.name, s3.reason.message, s3.reason instanceof DOMException, s3.reason.code);
try { new AbortSignal(); } catch (x) { console.log(x.name, x.code, x.message); }
const et = new EventTarget();
const ac2 = new AbortController();
et.addEventListener('sig', () => console.log('not called'), { signal: ac2.signal });
ac2.abort();
et.dispatchEvent(new Event('sig'));
const any = AbortSignal.any([new AbortController().signal, ac2.signal]);
console.log(any.aborted, any.reason.name, Object.keys(ac), Object.keys(ac.signal));
const t = AbortSignal.timeout(1);
t.addEventListener('abort', () => console.log('timeout', t.reason.name, t.reason.message, t.reason.code));
setTimeout(() => {}, 20);
