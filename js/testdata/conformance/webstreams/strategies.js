// Queuing strategies: ByteLengthQueuingStrategy and CountQueuingStrategy sizes drive desiredSize.
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('stream/web');
const bl = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const cq = new CountQueuingStrategy({ highWaterMark: 3 });
console.log(bl.highWaterMark, bl.size(new Uint8Array(5)), bl.size.name, cq.highWaterMark, cq.size(), cq.size.name);
console.log(bl, cq, Object.prototype.toString.call(bl));
let ctl;
new ReadableStream({ start(c) { ctl = c; } }, bl);
ctl.enqueue(new Uint8Array(10));
console.log(ctl.desiredSize);
ctl.enqueue(new Uint8Array(10));
console.log(ctl.desiredSize);
const w = new WritableStream({ write() { return new Promise(() => {}); } }, cq).getWriter();
for (let i = 0; i < 4; i++) { w.write(i); console.log('desired', w.desiredSize); }
let ctl2;
new ReadableStream({ start(c) { ctl2 = c; } }, { highWaterMark: 5, size(chunk) { return chunk.length; } });
ctl2.enqueue('abc');
console.log(ctl2.desiredSize);
try { ctl2.enqueue({ length: -1 }); } catch (e) { console.log(e.name, e.code); }
console.log(ctl2.desiredSize);
