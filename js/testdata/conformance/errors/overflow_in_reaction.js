// A stack overflow in a promise handler rejects the promise it settles
// with node's RangeError (a later .catch sees it), and a try block that
// awaits catches an overflow after its await.
function rec(n) { return rec(n + 1) + 1 }
process.on('exit', (c) => console.log('exit', c));
Promise.resolve(1)
  .then(function f() { f() })
  .catch((e) => console.log('then:', e instanceof RangeError, e.message));
Promise.reject(new Error('x'))
  .catch(() => rec(0))
  .then(null, (e) => console.log('catch:', e.name));
Promise.resolve()
  .finally(() => rec(0))
  .catch((e) => console.log('finally:', e.name));
const handler = () => rec(0);
Promise.resolve().then(handler).catch((e) => console.log('named handler:', e.name));
async function main() {
  try {
    await null;
    rec(0);
    console.log('not reached');
  } catch (e) {
    console.log('after await:', e.name, e.message);
  } finally {
    console.log('finally block runs');
  }
  try {
    const v = await Promise.resolve(2);
    return v + rec(0);
  } catch (e) {
    console.log('return after await:', e.name);
  }
  return 'done';
}
main().then((v) => console.log('main:', v));
// Handlers that call functions keep node's job order.
const log = (x) => console.log(x);
Promise.resolve().then(() => { rec.length; log('a'); Promise.resolve().then(() => log('inner')) }).then(() => log('a2'));
Promise.resolve().then(() => log('b')).then(() => log('b2'));
queueMicrotask(() => log('q'));
Promise.resolve('x').then(function (v) { log(`${v} ${this === undefined}`) });
