// import.meta: url, resolve, dirname and filename (node 20.11+), a null-prototype object per module.
import { metaOf } from './lib/meta_of.js';
console.log(Object.keys(import.meta), Object.getPrototypeOf(import.meta));
console.log(import.meta.url.startsWith('file://'), import.meta.url.endsWith('/esm/import_meta.js'));
console.log(import.meta.filename.endsWith('/esm/import_meta.js'), import.meta.dirname.endsWith('/esm'));
console.log(import.meta.resolve('./lib/fresh.js').endsWith('/esm/lib/fresh.js'), import.meta.resolve('node:fs'), import.meta.resolve('fs'));
console.log(metaOf() === import.meta, metaOf().url.endsWith('/lib/meta_of.js'));
