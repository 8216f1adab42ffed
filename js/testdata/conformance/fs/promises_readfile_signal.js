// fs.promises.readFile rejects with AbortError for an aborted signal (before and during)
const fsp = require('fs/promises');
(async () => {
  const ac = new AbortController();
  ac.abort();
  try { await fsp.readFile(__filename, { signal: ac.signal }); } catch (e) { console.log('before', e.name, e.code, e.message); }
  const ac2 = new AbortController();
  const p = fsp.readFile(__filename, { signal: ac2.signal });
  ac2.abort();
  try { await p; console.log('resolved'); } catch (e) { console.log('during', e.name, e.code); }
  try { await fsp.readFile(__filename, { signal: 'no' }); } catch (e) { console.log('bad', e.name, e.code); }
})();
