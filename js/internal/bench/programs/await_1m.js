// 1M `await` in a loop.
(async () => {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 1e6; i++) await i;
  console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6);
})();
