// zlib option checks as node's: windowBits per mode (0 for header-sized inflate, >= 9 for gzip), flush/finishFlush ranges, brotli params (key range, number or boolean values, quality/window clamped), crc32's value range
const zlib = require('zlib');
for (const q of [12, -1, 11.5, 100, 1e9, true]) try { console.log(q, zlib.brotliCompressSync('abc', { params: { 1: q } }).toString('hex')); } catch (e) { console.log(q, e.code, e.message); }
for (const q of [9, 10, 24, 5]) try { console.log('lgwin', q, zlib.brotliCompressSync('abc', { params: { 2: q } }).toString('hex')); } catch (e) { console.log(q, e.code, e.message); }
for (const k of [9, -1, 'x', 1.5]) try { zlib.brotliCompressSync('abc', { params: { [k]: 1 } }); console.log('k', k, 'ok'); } catch (e) { console.log('k', k, e.code, e.message); }
try { zlib.brotliDecompressSync(zlib.brotliCompressSync('a'), { params: { 1: '5' } }); } catch (e) { console.log(e.code, e.message); }
for (const w of [0, 8, 9, undefined, null]) for (const k of ['deflateSync', 'gzipSync', 'deflateRawSync', 'inflateRawSync']) try { console.log(k, w, zlib[k](k === 'inflateRawSync' ? zlib.deflateRawSync('abc') : 'abc', { windowBits: w }).length > 0); } catch (e) { console.log(k, w, e.code, e.message); }
for (const k of ['gunzipSync']) for (const w of [0, 9, null]) try { console.log(k, w, zlib[k](zlib.gzipSync('abc'), { windowBits: w }).toString()); } catch (e) { console.log(k, w, e.code, e.message); }
for (const o of [{ flush: 6 }, { finishFlush: -1 }, { flush: 5 }, { finishFlush: 2 }]) for (const k of ['deflateSync', 'brotliCompressSync']) try { console.log(k, o, zlib[k]('abc', o).length > 0); } catch (e) { console.log(k, o, e.code, e.message); }
for (const v of [-1, 2 ** 32, 1.5, '1', 4294967295]) try { console.log('crc', v, zlib.crc32('a', v)); } catch (e) { console.log('crc', v, e.code, e.message); }
