// AsyncResource under createHook: init with its type, its trigger (the current id, or the triggerAsyncId option), and the resource itself; runInAsyncScope runs between before and after with executionAsyncId and executionAsyncResource of the resource; emitDestroy reports destroy in the next check phase, before its immediates, as often as it is called; a bad triggerAsyncId is ERR_INVALID_ASYNC_ID.
const ah = require('async_hooks');
const { AsyncResource } = ah;
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
let made;
ah.createHook({
  init(id, type, trigger, resource) { if (type.startsWith('My')) { made = resource; w(`init ${id} ${type} trigger ${trigger} isResource ${resource instanceof AsyncResource}`); } },
  before(id) { w(`before ${id}`); },
  after(id) { w(`after ${id}`); },
  destroy(id) { w(`destroy ${id}`); },
}).enable();
const r1 = new AsyncResource('MyJob');
w(`made ${r1.asyncId()} ${r1.triggerAsyncId()} same ${made === r1}`);
const r2 = new AsyncResource('MyChild', { triggerAsyncId: r1.asyncId() });
const r3 = new AsyncResource('MyNumber', 1);
w(`r2 ${r2.asyncId()} ${r2.triggerAsyncId()} r3 ${r3.asyncId()} ${r3.triggerAsyncId()}`);
const result = r1.runInAsyncScope(function (a, b) {
  w(`inside ${ah.executionAsyncId()} ${ah.triggerAsyncId()} resource ${ah.executionAsyncResource() === r1} this ${this.tag} args ${a} ${b}`);
  r2.runInAsyncScope(() => w(`nested ${ah.executionAsyncId()} ${ah.triggerAsyncId()}`));
  return 'result';
}, { tag: 'T' }, 'x', 'y');
w(`returned ${result} back in ${ah.executionAsyncId()}`);
r1.emitDestroy();
r1.emitDestroy();
setImmediate(() => w('immediate'));
try { new AsyncResource('MyBad', { triggerAsyncId: -2 }); } catch (e) { w(`${e.name} ${e.code} ${e.message}`); }
