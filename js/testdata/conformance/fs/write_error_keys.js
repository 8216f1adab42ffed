// writeSync (and writeFileSync/appendFileSync of bytes) errors list errno, syscall, code; the other sync calls errno, code, syscall
const fs=require('fs');
for (const a of [['x'], [Buffer.from('x')], [new Uint8Array(2), 0, 1], ['x', 0, 'utf8']]) { try { fs.writeSync(1234, ...a) } catch (e) { console.log(Object.keys(e), e.message) } }
try { fs.writeFileSync(1234, 'x') } catch (e) { console.log('wf', Object.keys(e)) }
try { fs.writeFileSync(1234, Buffer.from('x')) } catch (e) { console.log('wfb', Object.keys(e)) }
try { fs.appendFileSync(1234, 'x') } catch (e) { console.log('af', Object.keys(e)) }
try { fs.writevSync(1234, [Buffer.from('x')]) } catch (e) { console.log('wv', Object.keys(e)) }
fs.write(1234, 'x', (e) => { console.log('cb', Object.keys(e));
fs.write(1234, Buffer.from('x'), (e) => console.log('cbb', Object.keys(e))); });
try { fs.writeFileSync(1234, 'x', 'latin1') } catch (e) { console.log('wfl', Object.keys(e)) }
try { fs.appendFileSync(1234, Buffer.from('x')) } catch (e) { console.log('afb', Object.keys(e)) }
try { fs.writeFileSync(1234, new Uint8Array(3)) } catch (e) { console.log('wfu', Object.keys(e)) }
