// A match of a pattern without named groups prints as node's (index, input, groups: undefined) in a program that names none.
console.log(/a(b)?/.exec('xab'), 'xay'.match(/a/), [...'a1a2'.matchAll(/a(\d)/g)][1]);
console.log('a-b-c'.replace(/-/g, '+'), 'a-b'.split(/-/), /b/.test('abc'));
