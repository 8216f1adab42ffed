// The lookup option: called at connect with node's dns options, all addresses or one, its errors and bad answers.
const net = require('net');
const srv = net.createServer((c) => c.end('hi')).listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const steps = [
    (next) => {
      const s = net.connect({ port, host: 'example.invalid', lookup(host, opts, cb) {
        console.log('lookup(all)', host, JSON.stringify(opts));
        cb(null, [{ address: 'nonsense', family: 4 }, { address: '127.0.0.1', family: 4 }]);
      } });
      s.on('data', (d) => console.log('data', String(d), s.remoteAddress));
      s.on('close', next);
    },
    (next) => {
      const s = net.connect({ port, host: 'example.invalid', family: 4, lookup(host, opts, cb) {
        console.log('lookup(family)', host, JSON.stringify(opts));
        process.nextTick(cb, null, '127.0.0.1', 4);
      } });
      console.log('after connect()');
      s.on('lookup', (err, addr, fam, host) => console.log('lookup event', err, addr, fam, host));
      s.on('connect', () => console.log('connected'));
      s.on('data', (d) => console.log('data', String(d)));
      s.on('close', next);
    },
    (next) => {
      const s = net.connect({ port, host: 'example.invalid', lookup(h, o, cb) { cb(Object.assign(new Error('no such host'), { code: 'ENOTFOUND' })); } });
      s.on('error', (e) => console.log('error', e.code, e.message));
      s.on('close', next);
    },
    (next) => {
      const s = net.connect({ port, host: 'example.invalid', family: 6, lookup(h, o, cb) { cb(null, 'not-an-ip', 6); } });
      s.on('error', (e) => console.log('error', e.name, e.code, e.message));
      s.on('close', next);
    },
    (next) => {
      const s = net.connect({ port, host: '127.0.0.1', lookup() { console.log('not called for an IP'); } });
      s.on('data', (d) => console.log('ip data', String(d)));
      s.on('close', next);
    },
    () => srv.close(() => console.log('done')),
  ];
  const run = (i) => steps[i](() => run(i + 1));
  run(0);
});
