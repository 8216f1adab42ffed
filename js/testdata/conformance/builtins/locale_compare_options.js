// localeCompare's numeric (natural order) and sensitivity (base, accent, case) options, which sorting code passes.
const c = (a, b, o) => a.localeCompare(b, undefined, o);
console.log(c('a', 'A', { sensitivity: 'base' }), c('a', 'á', { sensitivity: 'base' }), c('a', 'A', { sensitivity: 'accent' }), c('a', 'á', { sensitivity: 'accent' }), c('a', 'A', { sensitivity: 'case' }), c('a', 'á', { sensitivity: 'case' }), c('a', 'A', { sensitivity: 'variant' }), c('a', 'b', { sensitivity: 'base' }));
console.log(c('file10', 'file9', { numeric: true }), c('file010', 'file10', { numeric: true }), c('a2b', 'a10b', { numeric: true }), c('2', '10'), c('x1', 'X1', { numeric: true, sensitivity: 'base' }), c('1.5', '1.10', { numeric: true }), c('', 'a', { numeric: true }), c('a', 'a', { numeric: true }), c('10', '9a', { numeric: true }));
console.log(['item20', 'item3', 'Item1', 'item10'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
console.log(['v1.10.0', 'v1.2.0', 'v1.9.1', 'v10.0.0'].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
console.log(['Émile', 'emily', 'Eve', 'adam'].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
console.log('a'.localeCompare('b', 'en', { numeric: true }), 'a'.localeCompare.length, 'a'.localeCompare.name, 'b'.localeCompare('a'), 'a'.localeCompare('a', undefined, {}));
