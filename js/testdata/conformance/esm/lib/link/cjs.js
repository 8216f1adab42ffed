import { a, zz } from './target.cjs';
