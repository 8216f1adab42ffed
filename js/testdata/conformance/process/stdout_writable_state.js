// process.stdout and process.stderr report a Writable's state (nothing buffered, not destroyed or ended) and take strings, Buffers and typed arrays with callbacks
for (const s of [process.stdout, process.stderr]) {
  console.log(s.writable, s.writableLength, s.writableHighWaterMark, s.writableCorked, s.writableObjectMode, s.writableNeedDrain, s.destroyed, s.writableEnded, s.writableFinished, typeof s.fd, typeof s.cork, typeof s.uncork);
}
console.log(Object.keys(process.stdout).includes('writableLength'));
console.log(process.stdout.write('x\n', () => console.log('write cb')), process.stdout.write(Buffer.from('buf\n')), process.stdout.write(new Uint8Array([65, 10])));
process.stdout.write('enc\n', 'utf8', () => console.log('cb2'));
process.stdout.write('6869210a', 'hex');
