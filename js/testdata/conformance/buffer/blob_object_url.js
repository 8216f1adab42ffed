// URL.createObjectURL registers a Blob: buffer.resolveObjectURL gives a copy of it until URL.revokeObjectURL
const { resolveObjectURL, Blob } = require('buffer');
(async () => {
  const b = new Blob(['hello ', 'blob'], { type: 'text/plain' });
  const url = URL.createObjectURL(b);
  console.log(/^blob:nodedata:[0-9a-f-]{36}$/.test(url));
  const r = resolveObjectURL(url);
  console.log(r instanceof Blob, r !== b, r.size, r.type, await r.text());
  console.log(resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('http://x/'), resolveObjectURL('not a url'), resolveObjectURL(url + 'x'));
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url), URL.revokeObjectURL('garbage'));
  try { URL.revokeObjectURL(); } catch (e) { console.log(e.code); }
  try { URL.createObjectURL('str'); } catch (e) { console.log(e.code); }
})();
