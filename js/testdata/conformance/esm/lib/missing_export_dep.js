export const present = 1;
console.log('dep evaluated');
