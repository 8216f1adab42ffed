await null;
export const a = 'a';
