// .length of stream's classes' methods (Readable's operators, Transform._transform, fromWeb) and of events', as node's
const stream = require('stream');
const show = (label, obj) => console.log(label, Object.getOwnPropertyNames(obj).filter((k) => k !== 'constructor' && k !== 'prototype' && typeof Object.getOwnPropertyDescriptor(obj, k).value === 'function').sort().map((k) => k + ':' + obj[k].length).join(' '));
for (const C of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream']) { show(C, stream[C]); show(C + '.prototype', stream[C].prototype); }
show('stream', stream);
show('events', require('events'));
show('EventEmitter.prototype', require('events').prototype);
const r = new (require('stream').Readable)({read(){}}); r.on('data', () => {}); r.once('end', () => {}); r.removeAllListeners('data'); console.log(r.eventNames());
