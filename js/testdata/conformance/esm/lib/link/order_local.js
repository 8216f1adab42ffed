import { q as zeta } from './target.js';
import { r as alpha } from './target.js';
