// readline's async iterator yields lines in order (read with next(), not for await) and ends with done when the input ends.
const readline = require('readline');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from(['a\nb\n', 'c\nd']) });
const it = rl[Symbol.asyncIterator]();
const lines = [];
function step() {
  return it.next().then((r) => {
    if (r.done) {
      console.log(lines.join(','), 'done', rl.closed);
      return;
    }
    lines.push(r.value);
    return step();
  });
}
step();
