console.log('slow: start');
await new Promise((resolve) => setImmediate(resolve));
console.log('slow: after await');
export const slow = 'slow';
