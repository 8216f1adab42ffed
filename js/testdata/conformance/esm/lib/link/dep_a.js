import { abad } from './target.js';
