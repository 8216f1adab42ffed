console.log('fresh: evaluated');
export const fresh = 'fresh value';
