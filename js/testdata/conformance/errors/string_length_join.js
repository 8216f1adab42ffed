// join (and String(array), a template literal of an array) throws node's
// RangeError: Invalid string length for a result past 2 ** 29 - 24
// characters, before building it; repeat and padStart as well.
const piece = 'x'.repeat(2 ** 14);
const cases = [
  ['join of strings', () => new Array(2 ** 16).fill(piece).join('')],
  ['join, default separator', () => new Array(2 ** 15 + 2 ** 14).fill(piece).join()],
  ['separators alone', () => new Array(2 ** 19 + 1).join('x'.repeat(1024))],
  ['holes and separators', () => new Array(2 ** 20).join('x'.repeat(2 ** 10))],
  ['String(array)', () => String(new Array(2 ** 16).fill(piece))],
  ['template literal', () => `${new Array(2 ** 16).fill(piece)}`],
  ['nested arrays', () => [new Array(2 ** 15).fill(piece), new Array(2 ** 15).fill(piece)].join('')],
  ['repeat', () => 'x'.repeat(2 ** 29)],
  ['padStart', () => 'x'.padStart(2 ** 29)],
  ['small join', () => ['a', 'b', 'c'].join('-')],
  ['join of numbers', () => [1, 2, 3].join(piece.slice(0, 2))],
];
for (const [name, f] of cases) {
  try {
    const s = f();
    console.log(name, 'ok', s.length);
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
