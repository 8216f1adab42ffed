// Arrays nested deeper than node's stack allows: join, toString, String(),
// template literals, toLocaleString and flat(Infinity) throw a RangeError the
// program catches (node's bound is its stack: about 3,200 arrays deep for
// join, 6,277 levels for flat, at the top level; js TestNesting_bounds has
// them exactly). goja recursed in Go without a bound: a million nested
// arrays ended evloop with Go's "fatal error: stack overflow".
function nest(n) {
  let a = [];
  for (let i = 0; i < n; i++) a = [a];
  return a;
}
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e instanceof RangeError, e.name + ': ' + e.message);
  }
}
const deep = nest(100000);
attempt('join 100', () => JSON.stringify(nest(100).join()));
attempt('join deep', () => deep.join().length);
attempt('String deep', () => String(deep).length);
attempt('template deep', () => `${deep}`.length);
attempt('concat deep', () => ('' + deep).length);
attempt('toLocaleString deep', () => deep.toLocaleString().length);
attempt('flat 100', () => nest(100).flat(Infinity).length);
attempt('flat deep', () => deep.flat(Infinity).length);
attempt('flat deep by 3', () => JSON.stringify(deep.flat(3)).length);
const cyclic = [1, 2];
cyclic.push(cyclic, [cyclic]);
attempt('cyclic', () => cyclic.join('-') + ' ' + String(cyclic));
attempt('flat default', () => JSON.stringify([[[1]]].flat()) + JSON.stringify([[[1]]].flat(undefined)));
attempt('after', () => [1, [2, [3]]].join() + ' ' + [1, [2, [3]]].flat(Infinity).join());
