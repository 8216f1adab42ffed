// A throw inside an 'exit' listener while an 'uncaughtException' handler is installed: what node does.
process.on('uncaughtException', (e) => console.log('handler', e.message));
process.on('exit', (code) => {
  console.log('exit', code);
  throw new Error('boom');
});
console.log('main');
