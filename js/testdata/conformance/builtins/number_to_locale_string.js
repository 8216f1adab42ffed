// Number and BigInt toLocaleString print en-US as node (grouping, rounding half away from zero, fraction and significant digits, percent, currency) and validate their options.
for (const n of [0, -0, 1, 1234.5678, 1234.5, 0.1+0.2, 1e21, 1e-7, 123456789.123456, -1234.5, NaN, Infinity, -Infinity, 0.0005, 999.9995, 1.0005, 2.5, 0.125, 12.3456789, -0.0001, 99.5, 0.9995])
  console.log(n, n.toLocaleString(), n.toLocaleString('en-US'), n.toLocaleString(undefined, {maximumFractionDigits: 2}), n.toLocaleString('en-US', {maximumFractionDigits: 0}));
const n = 1234.5678;
const opts=[{minimumFractionDigits:2},{maximumFractionDigits:0},{minimumFractionDigits:2,maximumFractionDigits:2},{useGrouping:false},{style:'percent'},{style:'currency',currency:'USD'},{style:'currency',currency:'EUR'},{style:'currency',currency:'JPY'},{style:'currency',currency:'GBP'},{style:'currency',currency:'CHF'},{minimumIntegerDigits:6},{maximumSignificantDigits:3},{minimumFractionDigits:5},{style:'percent',maximumFractionDigits:2},{style:'currency',currency:'usd'}];
for (const o of opts) console.log(JSON.stringify(o), JSON.stringify(n.toLocaleString('en-US',o)), JSON.stringify((-0.5).toLocaleString('en-US',o)), JSON.stringify((0.07).toLocaleString('en-US',o)), JSON.stringify((12n).toLocaleString('en-US',o)));
for (const f of [() => n.toLocaleString('en-US',{maximumFractionDigits:200}), () => n.toLocaleString('en-US',{minimumFractionDigits:3, maximumFractionDigits:1}), () => n.toLocaleString('en-US',{style:'currency'}), () => n.toLocaleString('xx-invalid-!!'), () => Number.prototype.toLocaleString.call('x')])
  try { console.log(f()); } catch(e) { console.log(e.name, e.message) }
console.log((0).toLocaleString('en-US',{style:'currency',currency:'USD'}), (1e21).toLocaleString('en-US',{style:'percent'}), (5).toLocaleString('en-US', {minimumFractionDigits: 1}), (1234567890123456789n).toLocaleString(), (-5n).toLocaleString());
console.log(new Number(1234).toLocaleString(), Number.prototype.toLocaleString.length, Number.prototype.toLocaleString.name);
console.log((123.456).toLocaleString('en-US', { maximumSignificantDigits: 2 }), (0.000123456).toLocaleString('en-US', { maximumSignificantDigits: 2 }), (98765).toLocaleString('en-US', { maximumSignificantDigits: 1 }));
try { BigInt.prototype.toLocaleString.call(1) } catch (e) { console.log(e.message) }
