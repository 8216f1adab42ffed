// process.getActiveResourcesInfo(): referenced timers, immediates and handles, a closing handle until its close callback.
// (collected, printed at the end: node's process.stdout on a pipe is a PipeWrap handle of
// its own once used, which evloop's stdout is not.)
const out = [];
const p = () => out.push(JSON.stringify(process.getActiveResourcesInfo()));
p();
const t = setTimeout(() => {}, 1000);
const i = setInterval(() => {}, 1000);
setImmediate(() => {
  p();
  t.unref(); p();
  t.ref(); clearInterval(i); p();
  const im = setImmediate(() => {}); im.unref(); p(); im.ref(); p(); clearImmediate(im); p();
  const net = require('net');
  const srv = net.createServer().listen(0, () => {
    p();
    srv.unref(); p(); srv.ref();
    srv.close(() => { p(); clearTimeout(t); setTimeout(() => { p(); console.log(out.join('\n')); }, 1); });
    p();
  });
});
p();
