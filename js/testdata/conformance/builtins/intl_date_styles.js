// dateStyle and timeStyle in en-US, en-GB and de, on each hour cycle: the
// text format writes and the fields formatToParts names (one table of
// fields serves both), and en-GB's lower-case am/pm.
const d = new Date(Date.UTC(2026, 0, 5, 7, 4, 9));
const show = (f) => JSON.stringify(f.format(d)) + ' ' +
  f.formatToParts(d).map((p) => p.type === 'literal' ? JSON.stringify(p.value) : p.type + ':' + p.value).join(' ');
for (const loc of ['en-US', 'en-GB', 'de']) {
  for (const ds of [undefined, 'full', 'long', 'medium', 'short']) {
    for (const ts of [undefined, 'medium', 'short']) {
      if (!ds && !ts) continue;
      console.log(loc, ds, ts, show(new Intl.DateTimeFormat(loc, { timeZone: 'UTC', dateStyle: ds, timeStyle: ts })));
    }
  }
  for (const ts of loc === 'de' ? ['long', 'medium'] : ['full', 'long']) {
    for (const hc of [undefined, 'h23', 'h12', 'h11']) {
      console.log(loc, ts, hc, show(new Intl.DateTimeFormat(loc, { timeZone: 'UTC', dateStyle: 'short', timeStyle: ts, hourCycle: hc })));
      console.log(d.toLocaleString(loc, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short', hourCycle: hc }));
    }
  }
  const pm = new Date(Date.UTC(2026, 6, 9, 17, 30));
  for (const o of [{ hour: 'numeric', hour12: true }, { hour: 'numeric', minute: 'numeric', hour12: true },
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h12' }, { timeStyle: 'short', hour12: true }]) {
    console.log(loc, JSON.stringify(o), JSON.stringify(pm.toLocaleTimeString(loc, { timeZone: 'UTC', ...o })));
  }
}
