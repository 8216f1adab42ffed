// What the timer functions return: Timeout objects, an Immediate, undefined for nextTick and
// queueMicrotask.
const t = setTimeout(() => {}, 1);
const iv = setInterval(() => {}, 1);
const im = setImmediate(() => {});
console.log(typeof t, t.constructor.name);
console.log(typeof iv, iv.constructor.name);
console.log(typeof im, im.constructor.name);
console.log(process.nextTick(() => {}));
console.log(queueMicrotask(() => {}));
console.log(clearTimeout(t), clearInterval(iv), clearImmediate(im));
