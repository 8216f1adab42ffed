// AsyncLocalStorage and readline over a stream: 'line' and 'close' listeners run in the store of the stream's writer (a synchronous emit), and a for-await over the interface resumes in the iterating store.
const { AsyncLocalStorage } = require('async_hooks');
const readline = require('readline');
const { PassThrough } = require('stream');
const als = new AsyncLocalStorage();
const input = new PassThrough();
const rl = als.run('created', () => readline.createInterface({ input }));
als.run('listen', () => {
  rl.on('line', (l) => console.log('line', l, als.getStore()));
  rl.on('close', () => console.log('close', als.getStore()));
});
als.run('writer', () => setTimeout(() => { input.write('one\ntwo\n'); input.end('three'); }, 1));
const input2 = new PassThrough();
als.run('iterating', async () => {
  const r2 = readline.createInterface({ input: input2 });
  for await (const l of r2) console.log('for await', l, als.getStore());
  console.log('loop done', als.getStore());
});
als.run('writer2', () => setTimeout(() => { input2.end('x\ny\n'); }, 3));
