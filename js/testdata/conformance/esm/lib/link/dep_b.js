import { bbad } from './target.js';
