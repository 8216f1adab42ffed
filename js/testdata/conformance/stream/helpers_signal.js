// Readable helpers (map, toArray, forEach) reject with AbortError when their signal aborts
const { Readable } = require('stream');
(async () => {
  const ac = new AbortController(); ac.abort();
  try { await Readable.from([1, 2]).toArray({ signal: ac.signal }); } catch (e) { console.log('toArray', e.name); }
  try { await Readable.from([1, 2]).map((x) => x, { signal: ac.signal }).toArray(); } catch (e) { console.log('map', e.name); }
  try { await Readable.from([1, 2]).forEach(() => {}, { signal: ac.signal }); } catch (e) { console.log('forEach', e.name); }
  console.log(await Readable.from([1, 2, 3]).filter((x) => x > 1).toArray());
})();
