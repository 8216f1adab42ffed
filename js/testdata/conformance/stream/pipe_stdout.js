// Readable.pipe(process.stdout) writes every chunk and does not end stdout: later writes still print.
const { Readable } = require('stream');
const r = Readable.from(['a\n', Buffer.from('b\n')]);
r.pipe(process.stdout);
r.on('end', () => setImmediate(() => {
  console.log('source ended');
  process.stdout.write('still writable\n');
}));
