import { slow } from './tla_slow.js';
console.log('needs-slow runs after it:', slow);
