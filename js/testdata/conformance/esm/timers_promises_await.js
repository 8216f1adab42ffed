// await on timers/promises: setTimeout and setImmediate resolve from their callbacks.
import { setTimeout as sleep, setImmediate as nextCheck } from 'node:timers/promises';
setImmediate(() => console.log('plain immediate'));
const v = await nextCheck('from check');
console.log(v);
console.log(await sleep(2, 'from timers'));
