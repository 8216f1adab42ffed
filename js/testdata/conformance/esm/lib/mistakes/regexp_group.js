export const x = 1;
const r = /(/g;
