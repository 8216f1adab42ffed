import { "string name" as s } from './target.js';
