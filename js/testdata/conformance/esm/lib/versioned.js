console.log('versioned: evaluated', import.meta.url.slice(import.meta.url.lastIndexOf('/') + 1), import.meta.filename.endsWith('versioned.js'));
export const stamp = {};
