// import() from CommonJS of modules not loaded before: a built-in or a .cjs file (no source for the loader to read) settles after 15 promise jobs, a cached one after 7, an ES module file after its reads; a built-in require() loaded is still new to the loader.
const log = [];
require('node:punycode');
let p = Promise.resolve();
for (let i = 1; i <= 20; i++) p = p.then(() => log.push(i));
Promise.all([
  import('./lib/esm_dep.mjs').then(() => log.push('esm')),
  import('./lib/helper.cjs').then(() => log.push('cjs')),
  import('node:querystring').then(() => {
    log.push('builtin');
    return import('node:querystring').then(() => log.push('cached'));
  }),
  import('node:punycode').then(() => log.push('required before')),
]).then(() => setImmediate(() => console.log(log.join(' '))));
