// padStart/padEnd past the longest string throw node's RangeError, Infinity included; an empty filler gives the string back.
for (const e of [() => 'x'.padEnd(Infinity), () => 'x'.padStart(Infinity), () => 'x'.padStart(Infinity, undefined),
  () => 'x'.padEnd(Infinity, ''), () => 'x'.padEnd(2 ** 31, ''), () => 'x'.padStart(2 ** 31, ''), () => 'x'.padEnd(2 ** 31),
  () => 'x'.padEnd(NaN), () => 'x'.padEnd(-Infinity), () => 'x'.padEnd(5, 'ab')]) {
  try {
    console.log(JSON.stringify(e()));
  } catch (err) {
    console.log(err.name, err.message);
  }
}
