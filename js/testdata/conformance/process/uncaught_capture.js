// process.setUncaughtExceptionCaptureCallback: a thrown error or an unhandled rejection goes to the callback (not 'uncaughtException', not fatal); the monitor still sees it; set twice throws; null clears
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e) => console.log('listener (never)', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(1); } catch (e) { console.log(e.name, e.code, e.message); }
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => { Promise.reject(new Error('rejected')); }, 5);
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', (e) => console.log('listener now', e.message));
  throw new Error('after clear');
}, 20);
setTimeout(() => console.log('still alive'), 30);
console.log(process.getBuiltinModule('fs') === require('fs'), process.getBuiltinModule('node:path') === require('path'), process.getBuiltinModule('nope'), process.getBuiltinModule('node:nope'), process.getBuiltinModule.length, Object.keys(process).includes("mainModule"));
try { process.getBuiltinModule(1); } catch (e) { console.log(e.code, e.message); }
console.log(process.mainModule === module, require.main === module, process.geteuid() === process.getuid(), process.getegid() === process.getgid(), Array.isArray(process.getgroups()), typeof process.constrainedMemory(), typeof process.availableMemory(), process.availableMemory() >= 0);
