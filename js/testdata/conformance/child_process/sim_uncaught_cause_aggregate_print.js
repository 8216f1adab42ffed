// An uncaught error prints as util.inspect prints it: own properties, [cause] (nested) and an AggregateError's [errors] after the stack (a child's stderr from the error's first line; frames left out).
const { spawn } = require('child_process');
const files = ['sim/uncaught_cause.js', 'sim/uncaught_aggregate.js'];
(function next(i) {
  if (i === files.length) return;
  const child = spawn(process.execPath, [files[i]], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', (code) => {
    const lines = err.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines? matching/.test(l) && !l.startsWith('Node.js'));
    const start = lines.findIndex((l) => /^\w*Error: /.test(l));
    console.log(code, JSON.stringify(lines.slice(start)));
    next(i + 1);
  });
})(0);
