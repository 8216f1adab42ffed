export { x } from './target.js';
import { y } from './target.js';
