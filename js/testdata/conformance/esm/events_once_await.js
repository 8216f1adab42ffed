// await events.once in a module.
import { EventEmitter, once } from 'node:events';
const e = new EventEmitter();
setTimeout(() => e.emit('ready', 42, 'x'), 1);
const args = await once(e, 'ready');
console.log(args);
