// Event's phase constants: on the class and its prototype, read-only and enumerable; eventPhase during and after dispatch.
for (const where of [Event, Event.prototype]) {
  for (const k of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE']) {
    const d = Object.getOwnPropertyDescriptor(where, k);
    console.log(where === Event ? 'Event' : 'prototype', k, d && d.value, d && d.writable, d && d.enumerable, d && d.configurable);
  }
}
const e = new Event('x');
console.log(e.NONE, e.AT_TARGET, e.eventPhase);
const t = new EventTarget();
t.addEventListener('x', (ev) => console.log('during', ev.eventPhase));
t.dispatchEvent(e);
console.log('after', e.eventPhase);
'use strict';
try { Event.NONE = 5; console.log('assigned', Event.NONE); } catch (err) { console.log(err.name); }
