export const inDir = 1;
