export { zz } from './target.js';
export { aa } from './target.js';
