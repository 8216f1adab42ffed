// queueMicrotask with a class constructor reports V8's TypeError naming the class, as an uncaught exception.
process.on('uncaughtException', (err) => console.log('caught:', err.name, err.message));
queueMicrotask(class Widget {});
queueMicrotask(() => console.log('next microtask still runs'));
