// An async generator that runs off its end settles the last next() without an extra promise job: a for await loop ends in node's turn against a counting chain.
async function* two() { yield 1; yield 2; }
async function* withAwait() { yield 'a'; await null; yield 'b'; }
async function* empty() {}
async function run(name, gen) {
  for await (const v of gen()) console.log(name, 'got', v);
  console.log(name, 'loop done');
}
let i = 0;
(function tick() {
  if (i++ < 14) Promise.resolve().then(() => { console.log('job', i); tick(); });
})();
run('two', two);
run('withAwait', withAwait);
run('empty', empty);
empty().next().then((r) => console.log('empty next', r));
