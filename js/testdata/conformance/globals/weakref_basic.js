// WeakRef.deref returns its live target; FinalizationRegistry accepts register/unregister; both validate their argument.
const target = { v: 1 };
const ref = new WeakRef(target);
console.log(ref.deref() === target, Object.prototype.toString.call(ref));
const reg = new FinalizationRegistry(() => console.log('cleanup'));
reg.register(target, 'held');
console.log(typeof reg.unregister, Object.prototype.toString.call(reg));
try { new WeakRef(1); } catch (e) { console.log(e.name); }
try { new FinalizationRegistry(1); } catch (e) { console.log(e.name); }
