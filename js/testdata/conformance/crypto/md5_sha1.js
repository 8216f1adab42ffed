// crypto md5-sha1 (OpenSSL's MD5 and SHA-1 side by side): createHash, copy, hmac, pbkdf2, hkdf, crypto.hash, getHashes order
const crypto = require('crypto');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'ERR', e.code, e.message); } };
t('hash', () => crypto.createHash('md5-sha1').update('a').digest('hex'));
t('hash upper', () => crypto.createHash('MD5-SHA1').update('').digest('base64'));
t('copy', () => { const h = crypto.createHash('md5-sha1').update('a'); const c = h.copy(); h.update('b'); return [h.digest('hex'), c.digest('hex')]; });
t('hmac', () => crypto.createHmac('md5-sha1', 'key').update('data').digest('hex'));
t('hmac long key', () => crypto.createHmac('md5-sha1', Buffer.alloc(100, 1)).update('data').digest('hex'));
t('pbkdf2', () => crypto.pbkdf2Sync('p', 's', 3, 40, 'md5-sha1').toString('hex'));
t('hkdf', () => Buffer.from(crypto.hkdfSync('md5-sha1', 'k', 's', 'i', 40)).toString('hex'));
t('one-shot', () => crypto.hash('md5-sha1', 'abc'));
t('listed', () => crypto.getHashes().indexOf('md5-sha1') - crypto.getHashes().indexOf('md5'));
crypto.subtle.digest('md5-sha1', new Uint8Array(1)).catch((e) => console.log('subtle', e.name));
