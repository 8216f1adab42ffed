export default 'the default';
export const named = 'a named export';
export function add(a, b) { return a + b; }
console.log('lib evaluated');
