// A 1M-long .then chain.
const t0 = process.hrtime.bigint();
let p = Promise.resolve(0);
for (let i = 0; i < 1e6; i++) p = p.then((v) => v + 1);
p.then(() => console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6));
