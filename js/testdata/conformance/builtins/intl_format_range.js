// DateTimeFormat.formatRange in en-US: shared fields written once, ICU's thin-spaced dash,
// the date added to a clock when the days differ; en-GB's numeric dates.
const a = new Date(Date.UTC(2026, 0, 5, 7, 4, 9));
const bs = [a, new Date(Date.UTC(2026, 0, 5, 9, 30)), new Date(Date.UTC(2026, 0, 5, 19, 30)), new Date(Date.UTC(2026, 0, 9, 8)), new Date(Date.UTC(2026, 2, 9, 8)), new Date(Date.UTC(2027, 2, 9, 8))];
for (const o of [{}, { dateStyle: 'medium' }, { dateStyle: 'long' }, { dateStyle: 'full' }, { dateStyle: 'short' }, { month: 'short', day: 'numeric' }, { month: 'long', year: 'numeric' },
  { hour: 'numeric', minute: 'numeric' }, { timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'short' }, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { dateStyle: 'short', timeStyle: 'short' }]) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), bs.map((b) => f.formatRange(a, b)).join(' | '));
}
const t = (f) => { try { console.log(f()); } catch (e) { console.log('ERR', e.name, e.message); } };
t(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRange(a));
t(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRange(a.getTime(), a.getTime() + 864e5 * 3));
t(() => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' }).formatRange(a, new Date(Date.UTC(2026, 0, 9))));
