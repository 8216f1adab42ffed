export { gone as a } from './target.js';
