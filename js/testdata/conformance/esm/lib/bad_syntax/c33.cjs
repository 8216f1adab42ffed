import { a as b, b } from './m01.js';
