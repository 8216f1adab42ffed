// Dates are only printed through toISOString here (their default form depends on the time zone).
const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
console.log(d.toISOString());
console.log(JSON.stringify({ d }));
console.log(Object.prototype.toString.call(d));
