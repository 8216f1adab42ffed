export { missing } from './target.js';
