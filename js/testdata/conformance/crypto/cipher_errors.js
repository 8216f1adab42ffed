// Cipheriv and Decipheriv refusing bad input with node's codes and messages.
const c = require('crypto');
function t(f) { try { const r = f(); console.log(r); } catch (e) { console.log(e.name, e.code, e.message); } }
const k16 = Buffer.alloc(16, 1), k32 = Buffer.alloc(32, 2), iv = Buffer.alloc(16, 3);
t(() => c.createCipheriv('aes-999-cbc', k16, iv));
t(() => c.createCipheriv('aes-128-cbc', k32, iv));
t(() => c.createCipheriv('aes-128-cbc', k16, Buffer.alloc(5)));
t(() => c.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
t(() => c.createCipheriv('aes-128-gcm', k16, Buffer.alloc(5)).final('hex'));
t(() => c.createCipheriv('aes-128-cbc', k16, null));
t(() => c.createCipheriv('aes-128-ecb', k16, null).final('hex'));
t(() => c.createCipheriv('aes-128-cbc', 'x', iv));
t(() => c.createCipheriv(5, k16, iv));
t(() => c.createCipheriv('aes-128-cbc', 5, iv));
t(() => c.createCipheriv('aes-128-cbc', k16, 5));
t(() => c.createCipheriv('AES-128-CBC', k16, iv).final('hex'));
t(() => c.createCipheriv('aes128', k16, iv).final('hex'));
t(() => c.createDecipheriv('aes-128-cbc', k16, iv).final('hex'));
t(() => { const d = c.createDecipheriv('aes-128-cbc', k16, iv); d.update(Buffer.alloc(16)); return d.final('hex'); });
t(() => { const d = c.createDecipheriv('aes-128-cbc', k16, iv); d.update(Buffer.alloc(15)); return d.final('hex'); });
t(() => { const d = c.createCipheriv('aes-128-cbc', k16, iv); d.setAutoPadding(false); d.update(Buffer.alloc(15)); return d.final('hex'); });
t(() => { const d = c.createDecipheriv('aes-128-gcm', k16, iv.subarray(0,12)); d.update(Buffer.alloc(15)); return d.final('hex'); });
t(() => { const d = c.createDecipheriv('aes-128-gcm', k16, iv.subarray(0,12)); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(15)); return d.final('hex'); });
t(() => { const d = c.createCipheriv('aes-128-gcm', k16, iv.subarray(0,12)); return d.getAuthTag(); });
t(() => { const d = c.createCipheriv('aes-128-cbc', k16, iv); return d.getAuthTag(); });
t(() => { const d = c.createCipheriv('aes-128-cbc', k16, iv); d.final(); return d.final(); });
t(() => { const d = c.createCipheriv('aes-128-cbc', k16, iv); d.final(); return d.update('x'); });
t(() => { const d = c.createCipheriv('aes-128-cbc', k16, iv); return d.update('x', 'bogus', 'hex'); });
t(() => { const d = c.createCipheriv('aes-128-cbc', k16, iv); return d.update(5); });
t(() => { const d = c.createDecipheriv('aes-128-gcm', k16, iv.subarray(0,12)); d.setAuthTag(Buffer.alloc(3)); });
t(() => { const d = c.createDecipheriv('aes-128-gcm', k16, iv.subarray(0,12), {authTagLength: 8}); d.setAuthTag(Buffer.alloc(16)); });
t(() => c.createCipheriv('aes-128-gcm', k16, iv, {authTagLength: 7}));
t(() => c.getCipherInfo('aes-128-gcm'));
t(() => c.getCipherInfo('aes-256-cbc'));
t(() => c.getCipherInfo('aes-128-ctr'));
t(() => c.createCipheriv('aes-128-cbc', k16, iv));
t(() => c.createDecipheriv('aes-128-cbc', k16, iv));
for (const f of [
 () => { const d = c.createDecipheriv('aes-128-cbc', k16, iv); d.update(Buffer.alloc(16)); return d.final('hex'); },
 () => { const d = c.createDecipheriv('aes-128-gcm', k16, iv.subarray(0,12)); d.update(Buffer.alloc(15)); return d.final('hex'); },
 () => c.createCipheriv('aes-999-cbc', k16, iv),
 () => { const d = c.createCipheriv('aes-128-cbc', k16, iv); d.final(); return d.final(); },
 () => { const d = c.createCipheriv('aes-128-cbc', k16, iv); d.final(); return d.setAutoPadding(); },
 () => { const d = c.createCipheriv('aes-128-cbc', k16, iv); d.final(); return d.setAAD(Buffer.alloc(1)); },
 () => { const d = c.createCipheriv('aes-128-cbc', k16, iv); return d.setAAD(Buffer.alloc(1)); },
 () => { const d = c.createCipheriv('aes-128-gcm', k16, iv); d.update('a'); return d.setAAD(Buffer.alloc(1)); },
 () => { const d = c.createCipheriv('aes-128-cbc', k16, iv); return d.setAuthTag(Buffer.alloc(16)); },
 () => { const d = c.createDecipheriv('aes-128-gcm', k16, iv); d.setAuthTag(Buffer.alloc(16)); return d.setAuthTag(Buffer.alloc(16)); },
 () => { const d = c.createDecipheriv('aes-128-gcm', k16, iv); d.update('aa'); d.setAuthTag(Buffer.alloc(16)); return 'ok' },
 () => { const d = c.createDecipheriv('aes-128-gcm', k16, iv); return d.setAuthTag('x'.repeat(16)); },
 () => { const d = c.createDecipheriv('aes-128-gcm', k16, iv); d.setAAD(Buffer.from('x')); d.setAuthTag(Buffer.from('00000000000000000000000000000000', 'hex')); d.update('aa'); return d.final(); },
]) { try { console.log(f()); } catch (e) { console.log(Object.keys(e), e.name, e.code, e.message, e.stack.split('\n')[0]); } }
