// pause() stops 'data' events and resume() restarts them on a later tick; isPaused and readableFlowing follow.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
console.log('flowing', r.readableFlowing, r.isPaused());
r.on('data', (d) => {
  console.log('data', String(d), 'flowing', r.readableFlowing);
  if (String(d) === 'b') {
    r.pause();
    console.log('paused', r.isPaused(), r.readableFlowing);
    setTimeout(() => { console.log('resuming'); r.resume(); }, 5);
  }
});
r.on('pause', () => console.log('event pause'));
r.on('resume', () => console.log('event resume'));
r.on('end', () => console.log('end'));
console.log('flowing after on(data)', r.readableFlowing);
r.push('a');
r.push('b');
r.push('c');
r.push(null);
