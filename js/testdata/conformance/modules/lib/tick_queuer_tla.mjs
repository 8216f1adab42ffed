// As tick_queuer.js, with a top-level await between its nextTick and its export (modules/dynamic_import_next_tick).
globalThis.log.push('tick_queuer_tla evaluates');
process.nextTick(() => globalThis.log.push('tick_queuer_tla nextTick'));
Promise.resolve().then(() => globalThis.log.push('tick_queuer_tla promise job'));
await 0;
globalThis.log.push('tick_queuer_tla after await');
export const name = 'tick_queuer_tla';
