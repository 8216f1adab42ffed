// Re-exports a name a CommonJS module does not export (esm/cjs_missing_named_export_line).
export { beta, notDetected } from './cjs_exports.cjs';
