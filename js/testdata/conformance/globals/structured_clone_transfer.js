// structuredClone options.transfer: transferred ArrayBuffers are detached and move to the clone, node's errors for bad lists, duplicates and detached buffers; a cloned error's own properties in V8's order (stack, message, cause)
function t(name, f) { try { const r = f(); console.log(name, r); } catch (e) { console.log(name, 'ERR', e.name, e.code, e.message); } }
const sc = structuredClone;
t('transfer', () => { const ab = new ArrayBuffer(8); new Uint8Array(ab)[0] = 7; const r = sc(ab, { transfer: [ab] }); return [ab.byteLength, r.byteLength, new Uint8Array(r)[0], ab.detached]; });
t('transfer view', () => { const ab = new ArrayBuffer(8); const u = new Uint8Array(ab, 2); const r = sc(u, { transfer: [ab] }); return [ab.byteLength, u.length, r.length, r.byteOffset, r.buffer.byteLength]; });
t('transfer unref', () => { const ab = new ArrayBuffer(8); const r = sc(1, { transfer: [ab] }); return [ab.byteLength, r]; });
t('transfer dup', () => { const ab = new ArrayBuffer(8); return sc(ab, { transfer: [ab, ab] }); });
t('transfer num', () => sc(1, { transfer: [5] }));
t('transfer obj', () => sc(1, { transfer: [{}] }));
t('transfer bad', () => sc(1, { transfer: 5 }));
t('transfer str', () => sc(1, { transfer: 'ab' }));
t('transfer null', () => sc(1, { transfer: null }));
t('transfer undefined', () => sc(1, { transfer: undefined }));
t('transfer detached', () => { const ab = new ArrayBuffer(8); sc(1, { transfer: [ab] }); return sc(1, { transfer: [ab] }); });
t('clone detached', () => { const ab = new ArrayBuffer(8); sc(1, { transfer: [ab] }); return sc(ab); });
t('transfer set', () => { const ab = new ArrayBuffer(8); sc(1, { transfer: new Set([ab]) }); return ab.byteLength; });
t('transfer twice in value', () => { const ab = new ArrayBuffer(4); const r = sc([ab, ab], { transfer: [ab] }); return [r[0] === r[1], r[0].byteLength]; });
t('transfer array ctor', () => sc(1, { transfer: [new Uint8Array(2)] }));
t('error props', () => Object.getOwnPropertyNames(structuredClone(new Error('x', { cause: 5 }))));
