// EventTarget and Event as node's: getters, capture keys, handleEvent, once, stopImmediatePropagation, recursion error, a throwing listener is uncaught later.
const e = new Event('x', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.defaultPrevented, e.eventPhase, e.target, e.currentTarget, e.returnValue, e.cancelBubble, e.srcElement);
e.preventDefault();
console.log(e.defaultPrevented, e.returnValue, Object.keys(e), typeof e.timeStamp, e.composedPath());
const et = new EventTarget();
const order = [];
et.addEventListener('a', (ev) => { order.push(1); console.log(ev.currentTarget === et, ev.eventPhase, ev.target === et, ev.composedPath().length); });
et.addEventListener('a', { handleEvent(ev) { order.push(2); } });
et.addEventListener('a', () => order.push(3), { once: true });
console.log(et.dispatchEvent(new Event('a')), et.dispatchEvent(new Event('a')), order);
const ev2 = new Event('b');
et.dispatchEvent(ev2);
console.log(ev2.target === et, ev2.currentTarget, ev2.eventPhase);
const h = () => console.log('h');
et.addEventListener('c', h); et.addEventListener('c', h, true); et.addEventListener('c', h, { capture: true });
et.dispatchEvent(new Event('c'));
et.removeEventListener('c', h); et.dispatchEvent(new Event('c'));
et.removeEventListener('c', h, { capture: true }); et.dispatchEvent(new Event('c'));
et.addEventListener('s', (ev) => { ev.stopImmediatePropagation(); console.log('s1', ev.cancelBubble); });
et.addEventListener('s', () => console.log('s2'));
et.dispatchEvent(new Event('s'));
const ce = new Event('p', { cancelable: true });
et.addEventListener('p', (ev) => ev.preventDefault());
console.log(et.dispatchEvent(ce), ce.defaultPrevented, ce.returnValue);
et.addEventListener('r', (ev) => { try { et.dispatchEvent(ev); } catch (x) { console.log(x.name, x.code, x.message); } });
et.dispatchEvent(new Event('r'));
for (const f of [() => et.dispatchEvent('str'), () => new Event(), () => et.addEventListener('a', 5)]) {
  try { f(); } catch (x) { console.log(x.name, x.code, x.message); }
}
process.on('warning', (w) => console.log('warning', w.name, w.message));
et.addEventListener('a', null);
process.on('uncaughtException', (x) => console.log('uncaught', x.message));
et.addEventListener('t', () => { throw new Error('listener threw'); });
et.addEventListener('t', async () => { throw new Error('async listener'); });
et.addEventListener('t', () => console.log('after the throwing one'));
et.dispatchEvent(new Event('t'));
console.log('after dispatch', require('events').getEventListeners(et, 't').length);
console.log(String(new Event('z')), Object.prototype.toString.call(new EventTarget()), new EventTarget());
console.log(new CustomEvent('c', { detail: { x: 1 } }).bubbles, Event.AT_TARGET);
