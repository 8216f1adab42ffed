// a delay beyond 2^31-1 warns TimeoutOverflowWarning once per timer and runs after 1 ms
process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')));
const t = setTimeout(() => console.log('ran', t._idleTimeout), 2 ** 31);
setInterval(function () { console.log('iv', this._idleTimeout); clearInterval(this); }, 2 ** 40);
console.log('sync');
