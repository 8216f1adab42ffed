// import() of a module already loaded, from CommonJS: settles after 7 promise jobs, the same namespace each time; a CommonJS module's default is module.exports.
const log = [];
import('./lib/esm_dep.mjs').then((first) => {
  log.push('first');
  import('./lib/esm_dep.mjs').then((second) => log.push('second ' + (first === second)));
  let p = Promise.resolve();
  for (let i = 1; i <= 9; i++) p = p.then(() => log.push(i));
  setImmediate(async () => {
    const cjs = await import('./lib/counter.js');
    console.log(log.join(' '), cjs.default === require('./lib/counter.js'));
  });
});
