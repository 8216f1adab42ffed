const o = { await: 1 };
const y = o.await 2;
