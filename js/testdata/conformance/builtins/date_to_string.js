// Date's toString, toTimeString, String(date) and template literals name the zone as V8 does (UTC here); toGMTString; toISOString of years past 9999 or before 0.
const d = new Date(Date.UTC(2024, 6, 7, 1, 2, 3));
console.log(d.toUTCString(), d.toGMTString(), Date.prototype.toGMTString === Date.prototype.toUTCString);
console.log(new Date(253402300800000).toISOString(), new Date(-62198755200000).toISOString(), new Date(-1e15).toISOString(), JSON.stringify({ d: new Date(253402300800000) }));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
console.log(new Date(NaN).toString(), new Date(NaN).toTimeString(), `${new Date(NaN)}`);
console.log(/^Sun Jul 0[67] 2024 \d\d:02:03 GMT[+-]\d{4} \([A-Z][a-z]+( [A-Z][a-z]+)+\)$/.test(String(d)), /^\d\d:02:03 GMT[+-]\d{4} \([A-Z][a-z]+( [A-Z][a-z]+)+\)$/.test(d.toTimeString()), String(d) === `${d}`, String(d) === d + '');
