// An async fs error and a SyntaxError from require have no enumerable stack: Object.keys lists node's fields only.
const fs = require('fs');
// one thread-pool request at a time: two at once finish in either order
fs.readFile('no-such-file-here', (e) => {
  console.log('readFile', Object.keys(e));
  fs.promises.stat('no-such-file-here').catch((e2) => console.log('stat', Object.keys(e2)));
});
try { fs.readFileSync('no-such-file-here'); } catch (e) { console.log('sync', Object.keys(e)); }
try { require('./lib/bad_syntax_for_keys.js'); } catch (e) { console.log(e.name, Object.keys(e), Object.getOwnPropertyDescriptor(e, 'stack').enumerable); }
