// import() from CommonJS of an ES module file: the module is evaluated inside a promise job, so the nextTick it queues runs after its promise jobs and after import()'s then.
globalThis.log = [];
import('./lib/tick_queuer.mjs').then((ns) => {
  log.push('imported ' + ns.name);
  process.nextTick(() => log.push('nextTick of then'));
  return import('./lib/tick_queuer_tla.mjs');
}).then((ns) => {
  log.push('imported ' + ns.name);
  setImmediate(() => console.log(log.join('\n')));
});
