// Date toLocaleString/DateString/TimeString print node's en-US: default fields per method, textual and numeric months, 12/24-hour clocks, styles, zone names, errors.
const d = new Date(Date.UTC(2024, 0, 5, 0, 5, 9, 7));
const d2 = new Date(Date.UTC(2024, 11, 25, 15, 45, 0));
const opts = [{}, { year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { month: 'short', day: 'numeric' }, { year: 'numeric', month: '2-digit', day: '2-digit' }, { hour: '2-digit', minute: '2-digit' },
  { hour: 'numeric', minute: '2-digit', hour12: false }, { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { timeStyle: 'full' }, { timeStyle: 'long' }, { timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'short' }, { dateStyle: 'full', timeStyle: 'long' },
  { month: 'long' }, { weekday: 'short' }, { year: 'numeric' }, { month: 'long', year: 'numeric' }, { year: '2-digit', month: 'numeric', day: 'numeric' },
  { hour: 'numeric' }, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { hour12: false }, { hourCycle: 'h23' },
  { minute: '2-digit', second: '2-digit' }, { timeZoneName: 'short' }, { timeZoneName: 'long' }, { month: 'numeric', day: 'numeric' },
  { weekday: 'long', month: 'long', day: 'numeric' }, { month: 'narrow' }, { month: 'huge' }, { dateStyle: 'short', month: 'long' }];
const call = (f) => { try { return f(); } catch (e) { return e.name + ': ' + e.message; } };
for (const o of opts) {
  const oo = { timeZone: 'UTC', ...o };
  console.log(JSON.stringify(o), '|', call(() => d.toLocaleString('en-US', oo)), '|', call(() => d.toLocaleDateString('en-US', oo)), '|',
    call(() => d.toLocaleTimeString('en-US', oo)), '|', call(() => d2.toLocaleString(undefined, oo)));
}
console.log(new Date(NaN).toLocaleString(), '|', call(() => Date.prototype.toLocaleString.call({})), '|', call(() => d.toLocaleString('!!')), '|',
  call(() => d.toLocaleString('en-US', { timeZone: 'Nowhere/City' })));
