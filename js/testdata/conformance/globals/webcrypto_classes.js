// globalThis.Crypto, CryptoKey, SubtleCrypto: illegal constructors with node's prototype shape; crypto.subtle.digest SHA-1/256/384/512, getRandomValues, randomUUID
for (const C of [Crypto, CryptoKey, SubtleCrypto]) {
  try { new C(); } catch (e) { console.log(C.name, C.length, e.name, e.code, e.message); }
  console.log(Object.getOwnPropertyNames(C.prototype).join(), Object.keys(C.prototype).join(), Object.prototype.toString.call(C.prototype));
  for (const k of Object.getOwnPropertyNames(C.prototype)) { const d = Object.getOwnPropertyDescriptor(C.prototype, k); console.log(' ', k, typeof d.value, d.value && d.value.length, typeof d.get, d.enumerable); }
}
console.log(typeof crypto, crypto.subtle instanceof SubtleCrypto, Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(require('crypto').webcrypto.CryptoKey, 'Crypto' in require('crypto'));
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    const d = await crypto.subtle.digest(alg, new TextEncoder().encode('abc'));
    console.log(alg, d instanceof ArrayBuffer, Buffer.from(d).toString('hex'));
  }
  console.log(crypto.getRandomValues(new Uint32Array(3)).length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
  try { await crypto.subtle.digest('MD5', new Uint8Array(1)); } catch (e) { console.log(e.name, e.message); }
})();
console.log(['Crypto', 'CryptoKey', 'SubtleCrypto'].map((k) => { const d = Object.getOwnPropertyDescriptor(globalThis, k); return k + ':' + d.enumerable + ':' + typeof d.get + ':' + typeof d.set; }).join(' '));
