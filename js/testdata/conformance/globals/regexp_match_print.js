// A regular-expression match prints as in node: elements, then index, input, groups (undefined without named groups), then keys a program added; also matchAll's and showHidden's.
const util = require('util');
console.log('2024-01-15'.match(/(\d+)-(\d+)/), /x/.exec('x'), 'abc'.match(/z/));
console.log([...'a1b2'.matchAll(/\d/g)]);
console.log(util.inspect(/b/.exec('abc'), { showHidden: true }));
const m = /o/.exec('foo');
m.extra = 1;
console.log(m, m.length);
console.log(['not', 'a', 'match'], Object.assign(['x'], { index: 0, input: 'x' }));
