// Promise.all fan-out: 200 rounds of 1,000 async functions, each awaiting twice.
const ROUNDS = 200, FAN = 1000;
async function work(i) { const a = await i; const b = await (a + 1); return a + b; }
(async () => {
  const t0 = process.hrtime.bigint();
  let sum = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const ps = new Array(FAN);
    for (let i = 0; i < FAN; i++) ps[i] = work(i);
    const vs = await Promise.all(ps);
    for (let i = 0; i < FAN; i++) sum += vs[i];
  }
  console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6);
  console.log('sum=' + sum);
})();
