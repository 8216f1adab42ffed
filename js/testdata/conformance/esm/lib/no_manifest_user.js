import cjs, * as ns from 'no-manifest';
import { fromSibling } from 'no-manifest/esm.js';
export { cjs, ns, fromSibling };
