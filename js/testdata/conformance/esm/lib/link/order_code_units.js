import { b2 } from './target.js';
import { B1 } from './target.js';
import { _x } from './target.js';
