import a from './data.json' assert { type: 'json' };
import b from './data.json' with { type: 'json' };
export { default as c } from './shared.json' assert { type: 'json' };
console.log('asserting: evaluated', a === b);
