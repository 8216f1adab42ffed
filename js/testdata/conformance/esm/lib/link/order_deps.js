import { mainbad } from './target.js';
import './dep_a.js';
import './dep_b.js';
