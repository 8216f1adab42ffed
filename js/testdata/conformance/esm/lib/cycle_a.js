import { b, readA } from './cycle_b.js';
console.log('a body, b =', b);
export let a = 'A';
export function hoisted() { return 'hoisted works'; }
readA();
