// for await over a Readable stream made with Readable.from, then over an object-mode stream fed by push.
const { Readable } = require('stream');
async function main() {
  const chunks = [];
  for await (const c of Readable.from(['alpha', 'beta', 'gamma'])) chunks.push(c);
  console.log(chunks.join(' '));
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ n: 1 });
  r.push({ n: 2 });
  r.push(null);
  let sum = 0;
  for await (const o of r) sum += o.n;
  console.log('sum', sum);
}
main().then(() => console.log('done'));
