// readline: at the input's end an unterminated last line goes to 'line' listeners, not to a pending question (node's onend); lines with no question and no listener are dropped
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: false });
rl.question('q1 ', (a) => {
  console.log('answer 1', JSON.stringify(a));
  rl.question('q2 ', (b) => console.log('answer 2', JSON.stringify(b)));
  rl.on('line', (l) => console.log('line event', JSON.stringify(l)));
});
rl.on('close', () => console.log('closed'));
input.write('first\nsecond\n');
setTimeout(() => input.end('tail'), 5);
const input2 = new PassThrough();
const rl2 = require('readline/promises').createInterface({ input: input2, terminal: false });
(async () => {
  console.log('p answer', await rl2.question('p? '));
  rl2.on('line', (l) => console.log('p line', l));
  rl2.on('close', () => console.log('p closed'));
  setTimeout(() => input2.end('last'), 10);
})();
input2.write('one\n');
