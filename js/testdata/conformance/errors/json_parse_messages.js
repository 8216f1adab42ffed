// JSON.parse's SyntaxError messages are V8's: each kind of error, its position, the quoted context around an unexpected token.
const inputs = [
  '', ' ', '{', '{bad', '{"a"', '{"a" 1}', '{"a":', '{"a":1', '{"a":1,}', '{"a":1,"b" 2}', '{"a":1,"b"}', '{"a":{"b" 1}}',
  '[', '[1', '[1,', '[1,]', '[1 2]', '[1}', '"abc', '"a\u0001b"', '"\\x"', '"\\u12"', '"\\', '1.', '1e', '1e+', '-', '-x',
  '01', '-01', 'tr', '[tx]', '[nul]', 'NaN', 'Infinity', 'undefined', '[object Object]', '.5', '+1', '{a:1}', "{'a':1}",
  '{"a":1}x', '1 2', '\u00a0{}', '\n\n  {\n "a": x}', 'x'.repeat(50), '{"long": "' + 'y'.repeat(40) + '" , x}',
  '[1,2,3,4,5,6,7,8,9,10,11,12,x]', ' '.repeat(10) + 'x' + ' '.repeat(10), '{"😀":1 x}', '["é", x]',
];
for (const s of inputs) {
  try { JSON.parse(s); console.log('ok', JSON.stringify(s)); } catch (e) { console.log(JSON.stringify(s), '->', e.name + ': ' + e.message); }
}
for (const v of [undefined, NaN, {}, { toString() { return '[1,'; } }]) {
  try { JSON.parse(v); } catch (e) { console.log(e instanceof SyntaxError, e.message); }
}
try { JSON.parse('{"a":1}', () => { throw new SyntaxError('from reviver'); }); } catch (e) { console.log(e.message); }
console.log(JSON.parse('{"a":[1,{"b":2}]}', (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.parse.name, JSON.parse.length);
