import { shared } from './star_all.js';
console.log(shared);
