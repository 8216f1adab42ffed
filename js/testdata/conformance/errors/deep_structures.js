// Structures nested deeper than node's stack allows: JSON.stringify
// throws a RangeError the program catches (node's bound is its stack: about
// 4,186 objects deep at the top level; structuredClone: js TestStructuredClone_depth), JSON.parse
// has none. A long linked list is the everyday case.
function nest(n, array) {
  let o = array ? [] : {};
  for (let i = 0; i < n; i++) o = array ? [o] : { a: o };
  return o;
}
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e instanceof RangeError, e.name + ': ' + e.message);
  }
}
attempt('stringify 4000', () => JSON.stringify(nest(4000)).length);
attempt('stringify 4400', () => JSON.stringify(nest(4400)).length);
let list = null;
for (let i = 0; i < 10000; i++) list = { value: i, next: list };
attempt('stringify list', () => JSON.stringify(list).length);
attempt('stringify list with replacer', () => JSON.stringify(list, (k, v) => v).length);
attempt('stringify replacer sees every key', () => {
  const keys = [];
  JSON.stringify({ a: [1, { b: 2 }], c: 'x' }, function (k, v) { keys.push(k); return v; });
  return keys.join(',');
});
attempt('stringify toJSON nested', () => JSON.stringify({ toJSON() { return { inner: JSON.stringify(nest(3)) }; } }));
attempt('parse 50000', () => typeof JSON.parse('['.repeat(50000) + ']'.repeat(50000)));
attempt('after', () => JSON.stringify(nest(3)));
