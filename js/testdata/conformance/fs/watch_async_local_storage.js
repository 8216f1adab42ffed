// AsyncLocalStorage and fs.watch: a watcher's events run in the store fs.watch was called in, not in the store of the change that caused them.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const os = require('os');
const path = require('path');
const als = new AsyncLocalStorage();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evloop-watchals-'));
const f = path.join(dir, 'file.txt');
fs.writeFileSync(f, 'x');
als.run('watch', () => {
  const w = fs.watch(f, (ev) => {
    console.log('event', ev, als.getStore());
    w.close();
    fs.rmSync(dir, { recursive: true });
  });
});
als.run('change', () => fs.utimesSync(f, 5, 6));
