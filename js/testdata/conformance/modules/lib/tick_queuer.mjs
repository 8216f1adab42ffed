// Queues a nextTick and a promise job while it evaluates (modules/dynamic_import_next_tick).
globalThis.log.push('tick_queuer evaluates');
process.nextTick(() => globalThis.log.push('tick_queuer nextTick'));
Promise.resolve().then(() => globalThis.log.push('tick_queuer promise job'));
export const name = 'tick_queuer';
