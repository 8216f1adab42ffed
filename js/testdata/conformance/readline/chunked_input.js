// readline joins lines split across chunks, keeps a multi-byte character split across chunks whole, and treats a \r\n split across chunks as one ending.
const readline = require('readline');
const { Readable } = require('stream');
const euro = Buffer.from('€');
const chunks = [Buffer.from('par'), Buffer.from('tial\nsplit '), euro.subarray(0, 1), Buffer.concat([euro.subarray(1), Buffer.from(' sign\r')]),
  Buffer.from('\nafter crlf\n'), Buffer.from('tail')];
const rl = readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity });
rl.on('line', (l) => console.log(JSON.stringify(l)));
rl.on('close', () => console.log('closed'));
