import def, {
  a,
  nope as other
} from './target.js';
