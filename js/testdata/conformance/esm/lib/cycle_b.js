import { a, hoisted } from './cycle_a.js';
console.log('b body:', hoisted());
try {
  console.log(a);
} catch (e) {
  console.log(e.name, e.message);
}
export const b = 'B';
export function readA() { console.log('readA:', a); }
