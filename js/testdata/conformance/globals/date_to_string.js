// Date's toString and toTimeString name the time zone as node's ICU does ("Coordinated Universal Time", not "UTC"); string conversions use them. The zone is the machine's, so the check runs in UTC and prints node's UTC text elsewhere.
const utc = new Date(0).getTimezoneOffset() === 0 && new Date(Date.UTC(2024, 6, 1)).getTimezoneOffset() === 0;
const show = (s, expect) => console.log(utc ? s : expect);
const d = new Date(Date.UTC(2024, 6, 1, 13, 5, 9));
show(d.toString(), 'Mon Jul 01 2024 13:05:09 GMT+0000 (Coordinated Universal Time)');
show(d.toTimeString(), '13:05:09 GMT+0000 (Coordinated Universal Time)');
show(String(new Date(0)), 'Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)');
show(`${new Date(Date.UTC(-1, 0, 1))}`, 'Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)');
console.log(String(new Date(NaN)), new Date(NaN).toTimeString(), d.toDateString());
try { Date.prototype.toString.call({}); } catch (e) { console.log(e.name); }
