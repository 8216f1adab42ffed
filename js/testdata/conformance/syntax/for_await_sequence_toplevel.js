// Two top-level for await loops in sequence: the first loop's caught error is not rethrown by the second.
async function* g(n) { for (let i = 0; i < n; i++) yield i; }
async function* bad() { yield 'x'; throw new Error('boom'); }
try {
  for await (const v of bad()) console.log('first', v);
} catch (e) {
  console.log('caught', e.message);
}
for await (const v of g(2)) console.log('second', v);
console.log('end');
