// import and export as property keys, destructuring keys, method names (also static and getters) and inside strings, templates and regular expressions are not declarations; import.meta with a comment or ?. still is.
const o = { import: 1, export: 2, default: 3 };
class K { import() { return 'i'; } static export() { return 'e'; } get default() { return 'd'; } }
console.log(o.import, o.export, o?.import, o['export'], new K().import(), K.export(), new K().default);
console.log(`${import.meta.url.startsWith('file:')}`, import.meta?.url === import.meta.url, import /* c */ .meta.url === import.meta.url);
const re = /import\.meta|export default/;
console.log(re.test('export default'), 'import x from "y"', `export ${1}`);
const { import: i2, export: e2 } = o; console.log(i2, e2);
label: { break label; }
const fn = async () => (await import('./lib/values.js')).default;
console.log(typeof await fn());
export { o as 'quoted name', K };
const x = 1; export { x as default };
