// .length of Buffer.prototype's read/write methods and per-encoding slices/writes, and of buffer's exports, as node's
const show = (label, obj, keys) => console.log(label, keys.filter((k) => typeof obj[k] === 'function').sort().map((k) => k + ':' + obj[k].length).join(' '));
show('Buffer.prototype', Buffer.prototype, Object.getOwnPropertyNames(Buffer.prototype).filter((k) => k !== 'constructor'));
show('Buffer', Buffer, Object.getOwnPropertyNames(Buffer));
show('buffer', require('buffer'), Object.keys(require('buffer')));
