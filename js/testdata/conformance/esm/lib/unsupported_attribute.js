import d from './attr.json' with { type: 'json', mode: 'strict' };
console.log(d);
