// fork(__filename): the script starts itself as a child process; parent and child exchange messages over the IPC channel
const { fork } = require('child_process');
if (process.argv[2] !== 'child') {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => {
    console.log('parent got', m);
    child.disconnect();
  });
  child.on('exit', (code) => console.log('child exit', code));
  child.send('ping');
  console.log('parent sent ping');
} else {
  process.on('message', (m) => process.send(m + ', pong'));
}
