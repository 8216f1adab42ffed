// Two for await loops in sequence in one function: the first one's error is caught and does not leak into the second.
async function* good(n) { for (let i = 0; i < n; i++) yield i; }
async function* bad() { yield 'x'; throw new Error('boom'); }
async function main() {
  try {
    for await (const v of bad()) console.log('first', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  for await (const v of good(2)) console.log('second', v);
  console.log('after second');
  for await (const v of good(1)) console.log('third', v);
}
main().then(() => console.log('done'), (e) => console.log('main rejected', e.message));
