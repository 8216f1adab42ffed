// A required CommonJS module that uses async generators is lowered too, and its exports work.
const { take, naturals } = require('./lib/agen.js');
async function main() {
  for await (const n of take(naturals(), 4)) console.log('n', n);
}
main().then(() => console.log('done'));
