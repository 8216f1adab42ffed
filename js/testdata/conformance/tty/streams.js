// tty.ReadStream and tty.WriteStream as classes: their prototypes' methods, lengths, isTTY, and the errors
// for a descriptor that is no integer (ERR_INVALID_FD) or no terminal libuv can open (ERR_TTY_INIT_FAILED, a
// SystemError with uv's info); the recorder's stdin is /dev/null, which is not one.
const tty = require('tty');
console.log(tty.WriteStream.name, tty.WriteStream.length, tty.ReadStream.name, tty.ReadStream.length);
console.log(Object.getOwnPropertyNames(tty.WriteStream.prototype), Object.getOwnPropertyNames(tty.ReadStream.prototype));
console.log(tty.WriteStream.prototype.isTTY, tty.ReadStream.prototype.isTTY, Object.getOwnPropertyDescriptor(tty.WriteStream.prototype, 'isTTY'));
for (const m of ['getColorDepth', 'hasColors', '_refreshSize', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize']) {
  console.log(m, typeof tty.WriteStream.prototype[m]);
}
console.log(typeof tty.ReadStream.prototype.setRawMode);
const attempts = [[tty.ReadStream, 0], [tty.ReadStream, -0], [tty.WriteStream, 99], [tty.ReadStream, 1000], [tty.WriteStream, 'x'], [tty.WriteStream, -1],
  [tty.ReadStream, {}], [tty.ReadStream, '1'], [tty.WriteStream, 1.5], [tty.WriteStream, 2 ** 31], [tty.WriteStream, null], [tty.WriteStream, undefined]];
for (const [C, fd] of attempts) {
  try {
    new C(fd);
    console.log(C.name, fd, 'made');
  } catch (e) {
    console.log(C.name, fd, e.name, e.code, e.message, Object.keys(e), e instanceof Error);
  }
}
try {
  new tty.WriteStream(99);
} catch (e) {
  console.log(e.info, e.errno, e.syscall, String(e));
}
