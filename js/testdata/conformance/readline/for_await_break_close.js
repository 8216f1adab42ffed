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
  // Events, not a timer, end each part: a loaded machine may take longer than any delay to read the file.
  await new Promise((r) => input.on('close', r));
  await new Promise((r) => setImmediate(r));
  const input2 = fs.createReadStream(f);
  input2.on('close', () => log.push('input2 close'));
  const rl2 = readline.createInterface({ input: input2 });
  rl2.on('line', (l) => { log.push('rl2 line ' + l); if (l === 'one') rl2.close(); });
  await new Promise((r) => rl2.on('close', () => { log.push('rl2 close'); setImmediate(r); }));
  fs.unlinkSync(f);
  console.log(log.join('\n'));
})();
