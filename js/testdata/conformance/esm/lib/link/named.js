import { b } from './target.js';
