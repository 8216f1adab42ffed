// Buffer.from(arrayBuffer, byteOffset, length): offsets and lengths node accepts, clamps or rejects (a negative offset with V8's message)
for (const args of [[], [-1], [-1.5], [-0.5], [9], [8], [1, -1], [1, 9], [1.5, 2], ['2', '3'], ['x'], [NaN, NaN], [undefined, 3], [2, undefined], [0, 2 ** 53]]) {
  try {
    const u = Buffer.from(new ArrayBuffer(8), ...args);
    console.log(args, u.byteOffset, u.length);
  } catch (e) {
    console.log(args, e.name, e.code, e.message);
  }
}
