// tty.isatty on the standard streams when they are pipes or files (the recorder's stdin is /dev/null, its
// stdout and stderr pipes), on a file fs opened, and on what is no descriptor; the standard streams are then
// no tty.WriteStream or tty.ReadStream, and have no isTTY or size.
const tty = require('tty');
const fs = require('fs');
console.log(Object.keys(tty), tty.isatty.length, require('node:tty') === tty);
console.log([0, 1, 2, 3, 100, -1, 1.5, '1', 2 ** 31, 2 ** 31 - 1, NaN, undefined, null, {}].map((fd) => tty.isatty(fd)));
const fd = fs.openSync(__filename, 'r');
console.log(tty.isatty(fd));
fs.closeSync(fd);
console.log(process.stdout.isTTY, process.stdout.columns, process.stdout.rows, process.stderr.isTTY, process.stdin.isTTY);
console.log(process.stdout instanceof tty.WriteStream, process.stderr instanceof tty.WriteStream, process.stdin instanceof tty.ReadStream);
console.log(process.listenerCount('SIGWINCH'), typeof process.stdout.getColorDepth, typeof process.stdout.hasColors);
