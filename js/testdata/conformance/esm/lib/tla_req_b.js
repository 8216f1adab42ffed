await null;
export const b = 'b';
