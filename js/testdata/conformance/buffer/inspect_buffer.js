// console.log and util.inspect print Buffers as <Buffer ..>, at most 50 bytes, with extra properties listed.
const util = require('util');
console.log(Buffer.from('hello'), [Buffer.from('x')], { a: Buffer.alloc(3) });
console.log(Buffer.alloc(51, 1));
console.log(Buffer.alloc(60));
console.log(util.inspect(Buffer.alloc(0)), String(Buffer.from('hi')), `${Buffer.from('tpl')}`);
const y = Buffer.from('hi'); y.foo = 1; y.bar = 'x'; console.log(y);
const z = Buffer.alloc(0); z.k = true; console.log(z);
require('buffer').INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'));
console.log(util.format('%o|%j', Buffer.from('c'), Buffer.from('d')));
