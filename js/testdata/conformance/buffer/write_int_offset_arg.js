// The variable-width writeIntBE/LE and writeUIntBE/LE need an offset (the fixed-width writes default it to 0); an anonymous function is described as 'function '.
const b = Buffer.alloc(8);
const show = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
for (const fn of ['writeIntBE', 'writeIntLE', 'writeUIntBE', 'writeUIntLE']) {
  show(fn + '(1)', () => b[fn](1));
  show(fn + '(1, undefined, 2)', () => b[fn](1, undefined, 2));
  show(fn + '(1, 0, 2)', () => b[fn](1, 0, 2));
}
show('writeInt8(1)', () => b.writeInt8(1));
show('writeUInt16LE(1)', () => b.writeUInt16LE(1));
show('readIntBE()', () => b.readIntBE(undefined, 2));
show('includes(() => {})', () => b.includes([() => {}][0]));
show('includes(function named() {})', () => b.includes(function named() {}));
