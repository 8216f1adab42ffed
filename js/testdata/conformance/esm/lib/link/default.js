import x from './nodefault.js';
