export const helper = 'util helper';
