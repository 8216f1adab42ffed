// timers/promises setTimeout, setImmediate and setInterval reject or end with AbortError on abort
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'v', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('timeout', e.name, e.code, e.message); }
  const ac2 = new AbortController(); ac2.abort('why');
  try { await tp.setImmediate('v', { signal: ac2.signal }); } catch (e) { console.log('immediate', e.name, e.cause); }
  const ac3 = new AbortController();
  let n = 0;
  try {
    for await (const v of tp.setInterval(1, 'tick', { signal: ac3.signal })) { n++; if (n === 3) ac3.abort(); }
  } catch (e) { console.log('interval', n, e.name); }
  try { await tp.setTimeout(1, 'v', { signal: {} }); } catch (e) { console.log('bad', e.code); }
  const r = await tp.setTimeout(1, 'done', { signal: new AbortController().signal });
  console.log(r);
})();
