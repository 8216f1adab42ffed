// readline question writes its query to output and answers with the next line; lines without a question go to 'line'; prompt() writes the prompt.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
const input = new PassThrough();
let written = '';
const output = new Writable({ write(c, e, cb) { written += c; cb(); } });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
rl.on('line', (l) => console.log('line:', l));
rl.question('name? ', (answer) => {
  console.log('answer:', answer, JSON.stringify(written));
  rl.prompt();
  console.log(JSON.stringify(written), rl.getPrompt());
  input.write('free line\n');
  setImmediate(() => { rl.close(); });
});
rl.on('close', () => console.log('closed', rl.closed));
input.write('Ada\n');
