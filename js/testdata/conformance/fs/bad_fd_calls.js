// fd-based calls on a descriptor that is not open: EBADF with the syscall node names (fdatasync its own; readFile on a user fd drops the fstat error as node 20 does)
const fs=require('fs');
for (const [n,f] of [['readFileSync',()=>fs.readFileSync(1234)],['fstatSync',()=>fs.fstatSync(1234)],['readSync',()=>fs.readSync(1234,Buffer.alloc(4))],['writeSync',()=>fs.writeSync(1234,'x')],['closeSync',()=>fs.closeSync(1234)],['fsyncSync',()=>fs.fsyncSync(1234)],['ftruncateSync',()=>fs.ftruncateSync(1234)],['fchmodSync',()=>fs.fchmodSync(1234,0o644)],['futimesSync',()=>fs.futimesSync(1234,1,1)],['writeFileSync',()=>fs.writeFileSync(1234,'x')],['appendFileSync',()=>fs.appendFileSync(1234,'x')],['fdatasyncSync',()=>fs.fdatasyncSync(1234)],['fchownSync',()=>fs.fchownSync(1234,0,0)],['readvSync',()=>fs.readvSync(1234,[Buffer.alloc(3)])],['writevSync',()=>fs.writevSync(1234,[Buffer.from('a')])]]) {
  try { f(); console.log(n,'ok'); } catch (e) { console.log(n, e.message, e.code, e.syscall, e.errno, Object.keys(e)); }
}
let cbs = ['readFile','fstat','read','write','close','fsync','ftruncate','fchmod','futimes','writeFile','appendFile','fdatasync'];
const args = {readFile:[1234], fstat:[1234], read:[1234,Buffer.alloc(4),0,4,null], write:[1234,'x'], close:[1234], fsync:[1234], ftruncate:[1234], fchmod:[1234,0o644], futimes:[1234,1,1], writeFile:[1234,'x'], appendFile:[1234,'x'], fdatasync:[1234]};
(async () => { for (const n of cbs) await new Promise(res => fs[n](...args[n], (e) => { console.log('cb', n, e && e.message, e && e.syscall); res(); })); 
const fh = await fs.promises.open(__filename); await fh.close(); try { await fh.read(Buffer.alloc(3),0,3,0);} catch(e){console.log('fh', e.message, e.code, e.syscall)} })();
