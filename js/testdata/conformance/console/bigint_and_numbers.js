// Numbers and bigints inside objects and arrays; numeric formatting of large/small values.
console.log({ n: 1n, big: 12345678901234567890n });
console.log([1e21, 1e-7, 0.1 + 0.2, 2 ** 53, -0]);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE);
