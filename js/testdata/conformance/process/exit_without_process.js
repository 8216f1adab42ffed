// A program that never touches process: its exit code, an uncaught error
// and a rejection still end it as in node (evloop never makes the object).
setTimeout(() => {
  Promise.reject(new Error('late'));
}, 1);
console.log('start', typeof globalThis.setTimeout);
