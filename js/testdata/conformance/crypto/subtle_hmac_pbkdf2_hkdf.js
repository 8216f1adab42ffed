// crypto.subtle with HMAC keys (importKey raw/jwk, generateKey, exportKey, sign, verify) and PBKDF2/HKDF deriveBits.
const { subtle } = globalThis.crypto;
const enc = (s) => new TextEncoder().encode(s);
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const key = await subtle.importKey('raw', enc('secret'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(key, key.type, key.extractable, key.algorithm, key.usages, key instanceof CryptoKey);
  const sig = await subtle.sign('HMAC', key, enc('msg'));
  console.log(sig instanceof ArrayBuffer, hex(sig));
  console.log(await subtle.verify('HMAC', key, sig, enc('msg')), await subtle.verify({ name: 'HMAC' }, key, sig, enc('other')));
  console.log(hex(await subtle.exportKey('raw', key)), await subtle.exportKey('jwk', key));
  const k2 = await subtle.importKey('jwk', { kty: 'oct', k: 'c2VjcmV0', alg: 'HS256', ext: true }, { name: 'HMAC', hash: { name: 'SHA-256' } }, false, ['sign']);
  console.log(hex(await subtle.sign('HMAC', k2, enc('msg'))), k2.extractable, k2.usages);
  try { await subtle.exportKey('raw', k2); } catch (e) { console.log(e.name, e.message); }
  try { await subtle.verify('HMAC', k2, sig, enc('msg')); } catch (e) { console.log(e.name, e.message); }
  const g = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign', 'verify']);
  console.log(g.algorithm, (await subtle.exportKey('raw', g)).byteLength, g.usages);
  const g2 = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 80 }, true, ['verify']);
  console.log(g2.algorithm, (await subtle.exportKey('raw', g2)).byteLength);
  const k3 = await subtle.importKey('raw', enc('k'), { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log(k3.algorithm, hex(await subtle.sign({ name: 'HMAC' }, k3, enc(''))).slice(0, 32));
  try { await subtle.importKey('raw', enc(''), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); } catch (e) { console.log(e.name, e.message); }
  try { await subtle.importKey('raw', enc('x'), { name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']); } catch (e) { console.log(e.name, e.message); }
  try { await subtle.importKey('raw', enc('x'), { name: 'HMAC' }, true, ['sign']); } catch (e) { console.log(e.name, e.message); }
  const pk = await subtle.importKey('raw', enc('pw'), 'PBKDF2', false, ['deriveBits']);
  console.log(pk.algorithm, pk.type, pk.extractable);
  console.log(hex(await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1000, hash: 'SHA-256' }, pk, 128)));
  const hk = await subtle.importKey('raw', enc('ikm'), 'HKDF', false, ['deriveBits']);
  console.log(hex(await subtle.deriveBits({ name: 'HKDF', salt: enc('s'), info: enc('i'), hash: 'SHA-256' }, hk, 64)));
})();
