// Imports several names from a CommonJS module over several lines (esm/cjs_missing_named_export_line).
import {
  alpha,
  notDetected as nd,
} from './cjs_exports.cjs';
console.log(alpha, nd);
