// A module import() reads from disk is evaluated inside a promise job: the nextTick it queues runs after its promise jobs and after import() settles.
globalThis.log = [];
const a = await import('./lib/tick_queuer.js');
log.push('imported ' + a.name);
await new Promise((resolve) => setImmediate(resolve));
const b = await import('./lib/tick_queuer_tla.js');
log.push('imported ' + b.name);
setImmediate(() => console.log(log.join('\n')));
