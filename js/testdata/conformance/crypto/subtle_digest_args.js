// subtle.digest's argument checks in node's WebIDL order (count, data, then algorithm), hkdfSync's length bound (buffer.kMaxLength), crypto.secureHeapUsed()
const crypto = require('crypto');
const s = crypto.subtle;
const p = (name, pr) => pr.then((r) => console.log(name, r.byteLength), (e) => console.log(name, 'ERR', e.name, e.code, e.message));
(async () => {
  await p('md5 str', s.digest('MD5', 'abc'));
  await p('none', s.digest());
  await p('one', s.digest('SHA-1'));
  await p('obj noname str', s.digest({}, 'abc'));
  await p('obj noname', s.digest({}, new Uint8Array(1)));
  await p('num alg', s.digest(5, new Uint8Array(1)));
  await p('null data', s.digest('SHA-1', null));
  await p('three', s.digest('SHA-1', new Uint8Array(1), 5));
  await p('this', s.digest.call({}, 'SHA-1', new Uint8Array(1)));
  await p('alg obj extra', s.digest({ name: 'SHA-384', length: 5 }, new ArrayBuffer(1)));
  await p('alg String obj', s.digest(new String('SHA-256'), new ArrayBuffer(1)));
  for (const L of [-1, 2 ** 33, 1.5, '1'])
    try { crypto.hkdfSync('sha256', 'k', 's', 'i', L); } catch (e) { console.log('hkdf', L, e.code, e.message); }
  console.log(crypto.secureHeapUsed());
})();
