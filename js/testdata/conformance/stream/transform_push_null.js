// A Transform that ends its readable side from _transform (push(null)): the write callback is deferred a tick; later writes fail.
const { Transform } = require('stream');
const t = new Transform({
  transform(c, e, cb) {
    console.log('transform', String(c));
    if (String(c) === 'stop') { this.push('last'); this.push(null); }
    else this.push(c);
    cb();
  },
});
t.on('data', (d) => console.log('data', String(d)));
t.on('end', () => console.log('end'));
t.on('finish', () => console.log('finish'));
t.on('close', () => console.log('close'));
t.on('error', (e) => console.log('error', e.code));
t.write('a', () => console.log('cb a'));
t.write('stop', () => console.log('cb stop'));
process.nextTick(() => console.log('tick'));
t.write('b', () => console.log('cb b'));
setImmediate(() => { t.end(); console.log('ended'); });
