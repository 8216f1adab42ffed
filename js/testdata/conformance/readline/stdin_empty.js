// With empty standard input (the runner gives none): process.stdin is a Readable that ends, fs.readFileSync(0) is empty, readline over stdin closes.
const fs = require('fs');
const readline = require('readline');
console.log(typeof process.stdin.on, process.stdin.fd, process.stdin.readable, typeof process.stdin.pipe);
console.log(JSON.stringify(fs.readFileSync(0, 'utf8')));
const rl = readline.createInterface({ input: process.stdin });
let lines = 0;
rl.on('line', () => lines++);
rl.on('close', () => console.log('readline closed after', lines, 'lines'));
