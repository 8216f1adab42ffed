// process.stdout.write takes strings (with an encoding), Buffers and typed arrays as bytes, rejects other chunks, and calls back on a later tick; process.env stores strings and refuses Symbols; 'warning' has node's default listener.
process.stdout.write('w1\n');
process.stdout.write('w2\n', () => console.log('write cb (later)'));
process.stdout.write(Buffer.from('buf\n'));
process.stdout.write(new Uint8Array([65, 10]));
process.stdout.write('68690a', 'hex');
process.stdout.write(Buffer.from([0xe2, 0x82, 0xac, 0x0a]));
for (const bad of [5, {}, null]) {
  try { process.stdout.write(bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(process.stdout.writable);
process.env.H2_NUM = 42;
process.env.H2_UNDEF = undefined;
console.log(typeof process.env.H2_NUM, process.env.H2_NUM, process.env.H2_UNDEF, 'H2_UNDEF' in process.env);
delete process.env.H2_NUM;
console.log(process.env.H2_NUM);
try { process.env.H2_SYM = Symbol('x'); } catch (e) { console.log(e.name, e.message); }
console.log(process.listenerCount('warning'), process.eventNames().includes('warning'));
try { process.hrtime(5); } catch (e) { console.log(e.code, e.message); }
console.log('sync end');
