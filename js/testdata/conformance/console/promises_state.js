// Promises print their state: pending, the fulfilled value, or <rejected> reason (caught here).
console.log(new Promise(() => {}));
console.log(Promise.resolve(42));
console.log(Promise.resolve({ a: 1 }));
const r = Promise.reject("nope");
r.catch(() => {});
console.log(r);
