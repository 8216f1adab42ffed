// Readable.pipe(process.stdout) writes every chunk; pipeline into process.stdout calls back and stdout stays usable.
const { Readable, pipeline } = require('stream');
Readable.from(['a\n', Buffer.from('b\n')]).pipe(process.stdout);
setTimeout(() => {
  pipeline(Readable.from(['c\n', 'd\n']), process.stdout, (err) => {
    console.log('pipeline done', err);
    process.stdout.write('still writable\n');
  });
}, 10);
