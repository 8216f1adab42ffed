// helper of sim_fork_*: answers each message, counts them, leaves on disconnect
let n = 0;
process.on('message', (m) => {
  n++;
  process.send({ echo: m, n, argv: process.argv.slice(2), connected: process.connected });
});
process.on('disconnect', () => { process.exitCode = 10 + n; });
