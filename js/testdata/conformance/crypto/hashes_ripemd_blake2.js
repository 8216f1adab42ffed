// RIPEMD-160 (and its aliases rmd160, ripemd, RSA-RIPEMD160), BLAKE2b-512 and BLAKE2s-256: getHashes lists them, createHash/createHmac/copy/pbkdf2/hkdf give node's bytes, blake2 refuses outputLength.
const crypto = require('crypto');
const names = ['RSA-RIPEMD160', 'blake2b512', 'blake2s256', 'ripemd', 'ripemd160', 'ripemd160WithRSA', 'rmd160'];
const hashes = crypto.getHashes();
console.log(names.map((n) => hashes.indexOf(n) >= 0).join(), hashes.indexOf('RSA-RIPEMD160') < hashes.indexOf('RSA-SHA1'),
  hashes.indexOf('blake2s256') < hashes.indexOf('md5'));
for (const alg of [...names, 'RIPEMD160', 'BLAKE2b512', 'Blake2s256']) {
  console.log(alg, crypto.createHash(alg).update('abc').digest('hex'), crypto.createHmac(alg, 'key').update('abc').digest('base64'));
}
for (const alg of ['ripemd160', 'blake2b512', 'blake2s256']) {
  console.log(alg, 'empty', crypto.createHash(alg).digest('hex'));
  console.log(alg, 'long', crypto.createHash(alg).update(Buffer.alloc(1000, 7)).digest('base64url'));
  const h = crypto.createHash(alg).update('a');
  const c = h.copy();
  c.update('b');
  console.log(alg, 'copy', h.digest('hex').slice(0, 16), c.digest('hex').slice(0, 16));
  console.log(alg, 'pbkdf2', crypto.pbkdf2Sync('pw', 'salt', 10, 20, alg).toString('hex'));
  console.log(alg, 'hkdf', Buffer.from(crypto.hkdfSync(alg, 'k', 's', 'i', 16)).toString('hex'));
  try {
    crypto.createHash(alg, { outputLength: 8 }).update('x').digest('hex');
  } catch (e) {
    console.log(alg, 'outputLength', e.code);
  }
}
crypto.pbkdf2('pw', 'salt', 3, 8, 'rmd160', (err, key) => console.log('async', err, key.toString('hex')));
