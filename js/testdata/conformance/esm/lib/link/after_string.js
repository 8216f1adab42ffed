const s = "import { q } from './target.js'"; /* import { q } from './target.js' */ import { q } from './target.js';
