// Article 004 Timer Queue snippet on its own: a 0 ms timeout runs after the main script.
setTimeout(() => {
  console.log('I am registered into Timer Queue');
}, 0);
