// console.log and console.error passed straight to then/catch run as one promise job each, in queue order with the jobs around them.
let n = 0;
function chain(name, steps) {
  let p = Promise.resolve();
  for (let i = 1; i <= steps; i++) p = p.then(() => console.log(name, i, ++n));
  return p;
}
Promise.resolve('handed to console.log').then(console.log);
chain('a', 4);
Promise.resolve().then(() => Promise.reject(new Error('for console.error'))).catch((e) => e.message).then(console.error);
(async () => {
  for (let i = 0; i < 3; i++) {
    await null;
    console.log('async fn', i, ++n);
  }
})();
Promise.resolve({ nested: { value: 1 } }).then(console.log).then(() => console.log('after the object', ++n));
chain('b', 3);
const values = [1, 2, 3];
values.reduce((p, v) => p.then(() => v).then(console.log), Promise.resolve());
chain('c', 5);
