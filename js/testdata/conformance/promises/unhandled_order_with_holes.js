// Unhandled rejections are reported in the order they happened, skipping those handled before the check, in any order, and those handled later are announced.
process.on('unhandledRejection', (reason) => console.log('unhandled', reason));
process.on('rejectionHandled', () => console.log('handled late'));
const ps = [];
for (let i = 0; i < 10; i++) ps.push(Promise.reject(i));
for (const i of [7, 2, 9, 0, 4]) ps[i].catch(() => {});
Promise.reject('after');
setTimeout(() => {
  ps[5].catch(() => {});
  console.log('timeout');
}, 1);
