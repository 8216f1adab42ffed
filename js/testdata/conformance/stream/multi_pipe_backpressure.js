// One Readable piped into a fast and a slow Writable waits for both 'drain's before flowing again.
const { Readable, Writable } = require('stream');
let i = 0;
const src = new Readable({ highWaterMark: 2, read() { if (i < 6) this.push('x' + i++); else this.push(null); } });
const mk = (name, delay) => new Writable({
  highWaterMark: 3,
  write(c, e, cb) { console.log(name, 'write', String(c)); if (delay) setTimeout(cb, delay); else cb(); },
});
const fast = mk('fast', 0), slow = mk('slow', 5);
fast.on('drain', () => console.log('fast drain'));
slow.on('drain', () => console.log('slow drain'));
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
fast.on('finish', () => console.log('fast finish'));
slow.on('finish', () => console.log('slow finish'));
src.pipe(fast);
src.pipe(slow);
