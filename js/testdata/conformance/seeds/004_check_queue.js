// Article 004 Check Queue snippet on its own: setImmediate runs after the main script.
setImmediate(() => {
  console.log('I am registered into Check Queue');
});
