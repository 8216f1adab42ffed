// os figures' shape: totalmem, freemem, uptime, loadavg, release, version and cpus() (that they are the host's, on the native engine, is js/osfigures_test.go's: the wasm engine has no /proc to read)
const os = require('os');
const total = os.totalmem(), free = os.freemem(), up = os.uptime(), load = os.loadavg();
console.log(Number.isInteger(total), total >= 0, free >= 0, free <= total, up >= 0, typeof up);
console.log(Array.isArray(load), load.length, load.every((x) => typeof x === 'number' && x >= 0));
console.log(typeof os.release(), typeof os.version());
console.log(+os.totalmem === total, `${os.release}` === os.release());
console.log(process.availableMemory() >= 0, process.availableMemory() <= total);
const cpus = os.cpus();
console.log(cpus.length > 0, cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed)));
console.log(Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join(), cpus.every((c) => Object.values(c.times).every(Number.isInteger)));
