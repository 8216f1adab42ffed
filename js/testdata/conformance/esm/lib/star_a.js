export const shared = 'from a';
export const onlyA = 'A';
export default 'default of a';
