// Intl.DateTimeFormat.prototype.formatToParts in en-US, en-GB and de: month, day, year, weekday, hour, minute, second, dayPeriod (after a narrow no-break space) and timeZoneName parts, for options and dateStyle/timeStyle; the parts join to format()'s text but for that space
const d = new Date(Date.UTC(2024, 0, 5, 13, 4, 5, 123));
const d2 = new Date(Date.UTC(2023, 10, 20, 0, 9, 0));
const P = (loc, o, x) => {
  const f = new Intl.DateTimeFormat(loc, o);
  const parts = f.formatToParts(x);
  console.log(loc, JSON.stringify(o), JSON.stringify(parts), parts.map((p) => p.value).join('').replace(/\u202f/g, ' ') === f.format(x));
};
for (const x of [d, d2]) {
  P('en-US', { timeZone: 'UTC' }, x);
  P('en-US', { timeZone: 'UTC', dateStyle: 'medium' }, x);
  P('en-US', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'long' }, x);
  P('en-US', { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' }, x);
  P('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }, x);
  P('en-US', { timeZone: 'UTC', weekday: 'short', month: 'long', day: 'numeric' }, x);
  P('en-US', { timeZone: 'UTC', hour: 'numeric' }, x);
  P('en-US', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }, x);
  P('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' }, x);
  P('en-US', { timeZone: 'UTC', timeStyle: 'medium' }, x);
  P('en-GB', { timeZone: 'UTC' }, x);
  P('en-GB', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' }, x);
  P('de-DE', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'medium' }, x);
  P('de-DE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, x);
  P('en-US', { timeZone: 'UTC', day: 'numeric' }, x);
}
const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d).map((p) => [p.type, p.value]));
console.log(`${parts.year}-${parts.month}-${parts.day}`);
