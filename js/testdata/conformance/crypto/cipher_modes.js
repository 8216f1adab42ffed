// AES in CBC, ECB, CTR and GCM: known answers for every key size, input
// lengths around the block size, encodings in and out, padding on and off,
// and each result decrypted back.
const crypto = require('crypto');

const key = (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff));
const iv16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const iv12 = iv16.subarray(0, 12);
const text = (n) => 'évloop-' + 'x'.repeat(n);

for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ecb', 'ctr', 'gcm']) {
    const name = `aes-${bits}-${mode}`;
    const iv = mode === 'ecb' ? null : mode === 'gcm' ? iv12 : iv16;
    for (const n of [0, 1, 8, 9, 24, 40]) {
      const c = crypto.createCipheriv(name, key(bits / 8), iv);
      if (mode === 'gcm') c.setAAD(Buffer.from('header'));
      const parts = [c.update(text(n), 'utf8', 'hex'), c.update(Buffer.from('tail')).toString('hex'), c.final('hex')];
      const tag = mode === 'gcm' ? c.getAuthTag().toString('hex') : '';
      const d = crypto.createDecipheriv(name, key(bits / 8), iv);
      if (mode === 'gcm') {
        d.setAAD(Buffer.from('header'));
        d.setAuthTag(Buffer.from(tag, 'hex'));
      }
      const back = d.update(parts.join(''), 'hex', 'utf8') + d.final('utf8');
      console.log(name, n, parts.map((p) => p.length).join('/'), parts.join(''), tag, back === text(n) + 'tail');
    }
  }
}

// No padding: whole blocks only.
const np = crypto.createCipheriv('aes-128-cbc', key(16), iv16).setAutoPadding(false);
console.log(np.update(Buffer.alloc(32, 1)).toString('base64'), np.final().length);
const dp = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
dp.setAutoPadding(false);
console.log(Buffer.concat([dp.update(Buffer.alloc(32, 2)), dp.final()]).toString('hex'));

// GCM with a short tag, a long IV and a 4-byte tag.
for (const [tagLen, ivLen] of [[16, 16], [12, 12], [8, 1], [4, 60]]) {
  const ivx = Buffer.alloc(ivLen, 9);
  const c = crypto.createCipheriv('aes-256-gcm', key(32), ivx, { authTagLength: tagLen });
  const ct = Buffer.concat([c.update('secret message '.repeat(5)), c.final()]);
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-256-gcm', key(32), ivx, { authTagLength: tagLen });
  d.setAuthTag(tag);
  console.log(tagLen, ivLen, ct.toString('base64'), tag.toString('hex'), d.update(ct, undefined, 'latin1') + d.final('latin1'));
  const bad = crypto.createDecipheriv('aes-256-gcm', key(32), ivx, { authTagLength: tagLen });
  tag[0] ^= 1;
  bad.setAuthTag(tag);
  bad.update(ct);
  try { bad.final(); } catch (e) { console.log(e.message); }
}

// Upper-case names, aliases, key from a string and a KeyObject, and
// base64 output split across calls (the decoder keeps partial groups).
const k = crypto.createSecretKey(key(32));
const c2 = crypto.createCipheriv('AES256', k, iv16.toString('latin1'));
console.log(c2.update('abc', 'utf8', 'base64') + '|' + c2.update('defghijklmnopqrstuvwxyz', 'latin1', 'base64') + '|' + c2.final('base64'));
const c3 = crypto.createCipheriv('aes-128-ctr', '0123456789abcdef', iv16);
console.log(c3.update('68656c6c6f', 'hex', 'base64'), c3.update('!', 'ascii', 'base64'), c3.final('base64'));
console.log(crypto.getCipherInfo('aes-128-gcm'), crypto.getCipherInfo('aes-256-ecb'), crypto.getCipherInfo('aes192'));
console.log(crypto.getCipherInfo('aes-128-gcm', { ivLength: 8 }), crypto.getCipherInfo('aes-128-cbc', { ivLength: 8 }),
  crypto.getCipherInfo(427), crypto.getCipherInfo('nope'));
