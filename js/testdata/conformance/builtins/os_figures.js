// os figures come from the host: totalmem, freemem, uptime, loadavg, release, version and cpus() are real (not 0, '' or virtual CPUs), consistent with each other and with process.availableMemory
const os = require('os');
const total = os.totalmem(), free = os.freemem(), up = os.uptime(), load = os.loadavg();
console.log(Number.isInteger(total), total > 1e8, free > 0, free <= total, up > 0, typeof up);
console.log(Array.isArray(load), load.length, load.every((x) => typeof x === 'number' && x >= 0));
console.log(typeof os.release(), os.release().length > 0, typeof os.version(), os.version().length > 0);
console.log(+os.totalmem === total, `${os.release}` === os.release());
console.log(process.availableMemory() > 0, process.availableMemory() <= total);
const cpus = os.cpus();
console.log(cpus.length > 0, cpus.every((c) => typeof c.model === 'string' && c.model !== 'evloop virtual CPU' && Number.isInteger(c.speed)));
console.log(Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join(), cpus.every((c) => c.times.user > 0 && Object.values(c.times).every(Number.isInteger)));
