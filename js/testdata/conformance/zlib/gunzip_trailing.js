// gunzip/unzip after a member: zero bytes are padding (ignored), other bytes must start another member (node's header/EOF errors); sync, callback and stream
const zlib = require('zlib');
function t(name, f) { try { const r = f(); console.log(name, r); } catch (e) { console.log(name, 'ERR', e.name, e.code, e.errno, e.message); } }
const g = zlib.gzipSync('a');
for (const tail of [[0], [0, 0, 0], [0, 1], [1], [0x1f], [0x1f, 0x8b], [0x78, 0x9c], Array.from(Buffer.from('xx'))])
  for (const k of ['gunzipSync', 'unzipSync'])
    t(k + ' ' + tail, () => zlib[k](Buffer.concat([g, Buffer.from(tail)])).toString());
t('inflate tail', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('a'), Buffer.from([0x1f, 0x8b])])).toString());
t('gz+gz+0', () => zlib.gunzipSync(Buffer.concat([g, g, Buffer.from([0])])).toString());
const tails = [[0, 0], [0x1f, 0x8b], [120, 120]];
zlib.gunzip(Buffer.concat([g, Buffer.from([0, 0])]), (e, r) => {
  console.log('async', e && e.code, r && r.toString());
  zlib.gunzip(Buffer.concat([g, Buffer.from([5])]), (e, r) => { console.log('async5', e && e.code, r && r.toString()); next(); });
});
function next() {
  const tail = tails.shift();
  if (!tail) return;
  const s = zlib.createGunzip(); let out = '';
  s.on('data', (c) => out += c);
  s.on('end', () => { console.log('stream end', tail, out); next(); });
  s.on('error', (e) => { console.log('stream error', tail, e.code, out); next(); });
  s.write(g); s.write(Buffer.from(tail)); s.end(Buffer.from([0]));
}
