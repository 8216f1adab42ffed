console.log('esm_dep: evaluated');
export let value = 1;
export function bump() { value++; }
export default 'esm default';
