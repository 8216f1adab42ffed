// golden: send SIGINT after "ready"
// A listener added and removed again leaves node's default: death by SIGINT.
const h = () => console.log('never');
process.on('SIGINT', h);
process.off('SIGINT', h);
process.on('exit', (c) => console.log('exit event', c));
setInterval(() => {}, 60000);
console.log('ready');
