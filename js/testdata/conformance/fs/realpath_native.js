// fs.realpathSync.native / fs.realpath.native: realpath(3)'s errors, syscall 'realpath' on the path as given; anonymous functions
const fs = require('fs');
fs.mkdirSync('rpn_tmp/a', { recursive: true });
console.log(fs.realpathSync.native('rpn_tmp/a') === fs.realpathSync('rpn_tmp/a'), JSON.stringify(fs.realpathSync.native.name), JSON.stringify(fs.realpath.native.name));
for (const p of ['rpn_nodir/y', 'rpn_tmp/a/missing', 'rpn_tmp/a/../zz']) {
  try { fs.realpathSync.native(p); } catch (e) { console.log(e.message, e.syscall, e.path, Object.keys(e)); }
}
fs.realpath.native('rpn_nope', (e) => {
  console.log('cb', e.message);
  fs.rmSync('rpn_tmp', { recursive: true });
});
