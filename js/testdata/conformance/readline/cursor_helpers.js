// readline.cursorTo/moveCursor/clearLine/clearScreenDown write node's ANSI escapes to a stream.
const readline = require('readline');
const { Writable } = require('stream');
let out = '';
const w = new Writable({ write(c, e, cb) { out += c; cb(); } });
readline.cursorTo(w, 3);
readline.cursorTo(w, 2, 5);
readline.moveCursor(w, -2, 1);
readline.moveCursor(w, 4, -3);
readline.clearLine(w, -1);
readline.clearLine(w, 1);
readline.clearLine(w, 0);
readline.clearScreenDown(w);
console.log(JSON.stringify(out));
console.log(Object.keys(readline).filter((k) => typeof readline[k] === 'function').sort().join(','));
