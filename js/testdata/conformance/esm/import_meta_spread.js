// import.meta and import() after a spread's three dots ({ ...import.meta }, f(...[await import(x)])) are the module's, not a property named import.
const meta = { ...import.meta };
console.log(Object.keys(meta), meta.url === import.meta.url, typeof meta.resolve);
const ns = { ...(await import('./lib/values.js')) };
console.log(Object.keys(ns).length > 0);
const keys = (...xs) => xs.length;
console.log(keys(...[import.meta.url, import.meta.filename]));
