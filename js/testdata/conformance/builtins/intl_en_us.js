// Intl (en-US): NumberFormat (currency, percent, digits, bound format), DateTimeFormat (UTC), Collator options, PluralRules, ListFormat, RelativeTimeFormat, errors.
const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log(nf.format(1234.5), [1, 2.5].map(nf.format), new Intl.NumberFormat().format(1234567.891), new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(3.14159), new Intl.NumberFormat(undefined, { style: 'percent' }).format(0.256));
console.log(nf.resolvedOptions().currency, nf.resolvedOptions().minimumFractionDigits, nf.resolvedOptions().maximumFractionDigits, new Intl.NumberFormat().resolvedOptions().locale);
const dtf = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
console.log(dtf.format(new Date(Date.UTC(2024, 0, 5))), new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0), new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions().timeZone);
console.log(['b', 'a', 'C', 'file10', 'file9'].sort(new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare));
const pr = new Intl.PluralRules('en-US'); const po = new Intl.PluralRules('en-US', { type: 'ordinal' });
console.log(pr.select(0), pr.select(1), pr.select(2), [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => po.select(n)).join(','));
console.log(new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(['a', 'b', 'c']), new Intl.ListFormat('en', { type: 'disjunction' }).format(['a', 'b']), new Intl.ListFormat('en').format(['x']));
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' }); console.log(rtf.format(-1, 'day'), rtf.format(2, 'weeks'), rtf.format(-3, 'month'), new Intl.RelativeTimeFormat('en').format(-1, 'day'), new Intl.RelativeTimeFormat('en').format(1, 'hour'));
console.log(Object.prototype.toString.call(Intl), Object.prototype.toString.call(nf), typeof Intl.getCanonicalLocales, Intl.NumberFormat.supportedLocalesOf(['en-US', 'de-DE']));
try { new Intl.NumberFormat('en', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { new Intl.DateTimeFormat('en', { timeZone: 'Nope/Zone' }); } catch (e) { console.log(e.name, e.message); }
console.log(new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(5n), new Intl.NumberFormat().format('42'));
