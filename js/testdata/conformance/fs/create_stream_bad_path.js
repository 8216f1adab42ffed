// createReadStream and createWriteStream throw a bad path at once and queue no open that fails later.
const fs = require('fs');
for (const p of [5, {}, null, undefined, true]) {
  try { const s = fs.createReadStream(p); s.on('error', (e) => console.log('async error', e.code)); console.log('created', typeof s.path); } catch (e) { console.log('sync', e.code, e.message); }
}
for (const p of [5, {}, null]) {
  try { const s = fs.createWriteStream(p); s.on('error', (e) => console.log('w async error', e.code)); console.log('w created'); s.destroy(); } catch (e) { console.log('w sync', e.code, e.message); }
}
