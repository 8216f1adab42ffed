// crypto.scrypt/scryptSync: RFC 7914 vectors, node's option aliases and validation, OpenSSL's parameter bounds (ERR_CRYPTO_INVALID_SCRYPT_PARAMS), the callback form
const c = require('crypto');
console.log(c.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(c.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(c.scryptSync('p', 's', 16).toString('hex'));
console.log(c.scryptSync(Buffer.from([0xff]), new Uint16Array([1, 2]), 10, { cost: 8, blockSize: 3, parallelization: 2 }).toString('hex'));
for (const o of [{N:3},{N:1},{N:2, r:1, p:1},{cost:4},{blockSize:1, N:4},{parallelization:2, N:4},{N:4,cost:4},{r:1,blockSize:1},{p:1,parallelization:1},{N:4,r:1,p:0},{N:4, r:'1'},{N:4, maxmem:1.5},{N:4,maxmem:2**53}, {N: 2**16, r: 1}, {N:4, r: 2**31}, {N:4, r:1, p: 2**30}, {N:4, r:2**24, p:64}, null, 5, 'x', {N:2**20},{N:16,r:2**30},{N:-1},{N:1.5},{maxmem:-1},{N:16,maxmem:1}, {N:1024, r:1, p:1, maxmem: 128*1*(1024+2)+128}, {N:1024, r:1, p:1, maxmem: 128*1*(1024+2)+127}, {N: 2**14, r: 8, maxmem: 0}])
  try { console.log(JSON.stringify(o), c.scryptSync('p', 's', 4, o).toString('hex')); } catch (e) { console.log(JSON.stringify(o), e.name, e.code, e.message); }
for (const a of [[5, 's', 4], ['p', 5, 4], ['p', 's', -1], ['p', 's', 1.5], ['p', 's', '4'], ['p', 's', 0]])
  try { console.log(c.scryptSync(...a)); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.scrypt('p', 's', 4); } catch (e) { console.log(e.code, e.message); }
try { c.scrypt('p', 's', 4, { N: 3 }, () => {}); } catch (e) { console.log('async sync-throw', e.code, e.message); }
c.scrypt('p', 's', 4, { N: 4 }, (e, k) => {
  console.log('cb', e, k);
  c.scrypt('p', 's', 4, (e, k) => console.log('cb2', e, k));
});
console.log('after');
