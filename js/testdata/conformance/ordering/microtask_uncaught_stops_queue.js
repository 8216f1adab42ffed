// An uncaught error in a queueMicrotask callback ends the process at once: the jobs queued after it never run, 'exit' listeners do.
process.on('exit', (code) => console.log('exit', code));
queueMicrotask(() => console.log('first'));
queueMicrotask(() => { throw new Error('in a microtask'); });
queueMicrotask(() => console.log('never: a later microtask'));
Promise.resolve().then(() => console.log('never: a later promise job'));
process.nextTick(() => console.log('tick runs first'));
setTimeout(() => console.log('never: a timer'), 0);
