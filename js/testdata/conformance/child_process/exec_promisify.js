// util.promisify(exec) resolves with {stdout, stderr} and rejects with the error carrying both.
const util = require('util');
const exec = util.promisify(require('child_process').exec);
(async () => {
  const r = await exec('echo ok');
  console.log(Object.keys(r), JSON.stringify(r.stdout), JSON.stringify(r.stderr));
  try {
    await exec('echo out; exit 4');
  } catch (e) {
    console.log(e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
  }
})();
