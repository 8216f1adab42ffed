// EventEmitterAsyncResource's methods and getters, and its resource's eventEmitter getter, throw ERR_INVALID_THIS on a foreign receiver.
const { EventEmitterAsyncResource } = require('events');
const show = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
show('emit', () => EventEmitterAsyncResource.prototype.emit());
show('emitDestroy', () => EventEmitterAsyncResource.prototype.emitDestroy());
for (const g of ['asyncId', 'triggerAsyncId', 'asyncResource']) show(g, () => Reflect.get(EventEmitterAsyncResource.prototype, g, {}));
const ee = new EventEmitterAsyncResource({ name: 'X' });
const R = Object.getPrototypeOf(ee.asyncResource);
show('eventEmitter', () => Reflect.get(R, 'eventEmitter', {}));
show('ok', () => [ee.asyncResource.eventEmitter === ee, typeof ee.asyncId, ee.emit('nothing')]);
