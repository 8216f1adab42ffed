// readline over a file stream: 'line' for each of \n, \r\n and \r endings (empty lines too), the unterminated last line, then 'close'.
const readline = require('readline');
const fs = require('fs');
const path = require('path');
const rl = readline.createInterface({ input: fs.createReadStream(path.join(__dirname, 'lines.txt')) });
let n = 0;
rl.on('line', (line) => console.log(++n, JSON.stringify(line)));
rl.on('close', () => console.log('close after', n, 'lines'));
console.log('terminal', rl.terminal, typeof rl.question);
