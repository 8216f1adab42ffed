// crypto: KeyObject.export({format}) (jwk, buffer, bad formats), createSecretKey's type error, crypto.hash naming an unknown digest, webcrypto getRandomValues() with no argument
const crypto = require('crypto');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'ERR', e.name, e.code, e.message); } };
const k = crypto.createSecretKey(Buffer.from([0xfb, 0xff]));
t('jwk', () => k.export({ format: 'jwk' }));
t('buffer', () => [k.export({ format: 'buffer' }), k.export({}), k.export(undefined), k.export()]);
t('pem', () => k.export({ format: 'pem' }));
t('num', () => k.export(5));
t('null', () => k.export(null));
t('format num', () => k.export({ format: 5 }));
t('utf8 key', () => crypto.createSecretKey('abc', 'utf8').export({ format: 'jwk' }));
for (const v of [5, null, undefined, {}, [1]]) t('bad key', () => crypto.createSecretKey(v));
t('hash nope', () => crypto.hash('nope', 'a'));
t('hash upper', () => crypto.hash('SHA1', 'a'));
t('createHash nope', () => crypto.createHash('nope'));
t('grv none', () => globalThis.crypto.getRandomValues());
t('module grv none', () => crypto.getRandomValues());
t('grv this', () => globalThis.crypto.getRandomValues.call({}));
