// Imports several names from a CommonJS module on one line, one of them (notDetected) not detected (esm/cjs_missing_named_export_line).
import { alpha, beta as b, notDetected, gamma } from './cjs_exports.cjs'; console.log(alpha, b, notDetected, gamma);
