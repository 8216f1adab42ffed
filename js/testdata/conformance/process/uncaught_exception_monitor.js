// 'uncaughtExceptionMonitor' sees each fatal error first, with its origin (a throw, a rejection), then the 'uncaughtException' listener.
process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e && e.message, o));
process.on('uncaughtException', (e, o) => console.log('handler', e.message, o));
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('rej'));
setTimeout(() => { throw new Error('tm'); }, 1);
setTimeout(() => { Promise.reject(7); }, 5);
