// fork: messages both ways over the IPC channel, disconnect from the parent, exit code and close in order
const { fork } = require('child_process');
const child = fork('sim/pong.js', ['x', 'y']);
console.log('pid is a number', typeof child.pid === 'number', 'connected', child.connected);
child.on('message', (m) => {
  console.log('parent got', JSON.stringify(m));
  if (m.n < 3) child.send({ step: m.n + 1, list: [1, 'two', null] });
  else child.disconnect();
});
child.on('disconnect', () => console.log('parent disconnect event, connected', child.connected));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal));
child.send({ step: 1 });
