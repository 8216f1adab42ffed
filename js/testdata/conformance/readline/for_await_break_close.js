// readline: leaving a for await loop early stops the iteration but leaves the interface open (it closes when its input ends), and close() from a 'line' listener still lets the rest of that chunk's lines out (node 20).
const fs = require('fs');
const readline = require('readline');
const path = require('path');
const os = require('os');
const f = path.join(os.tmpdir(), 'nd-rl2-' + process.pid + '.txt');
fs.writeFileSync(f, 'one\ntwo\nthree\n');
const log = [];
(async () => {
  const input = fs.createReadStream(f);
  input.on('end', () => log.push('input end'));
  input.on('close', () => log.push('input close'));
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  rl.on('close', () => log.push('rl close'));
  for await (const line of rl) {
    log.push('line ' + line);
    if (line === 'two') break;
  }
  log.push('after loop');
  await new Promise((r) => setTimeout(r, 20));
  const input2 = fs.createReadStream(f);
  input2.on('close', () => log.push('input2 close'));
  const rl2 = readline.createInterface({ input: input2 });
  rl2.on('line', (l) => { log.push('rl2 line ' + l); if (l === 'one') rl2.close(); });
  rl2.on('close', () => log.push('rl2 close'));
  await new Promise((r) => setTimeout(r, 20));
  fs.unlinkSync(f);
  console.log(log.join('\n'));
})();
