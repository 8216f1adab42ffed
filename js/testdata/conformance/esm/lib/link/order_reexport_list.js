export { mm as x1, bb as x2 } from './target.js';
