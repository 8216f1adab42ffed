// Assigning to an imported binding is a TypeError (imports are constant); the module keeps running after catching it.
import { count } from './lib/counter.js';
try {
  count = 1;
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log(count);
