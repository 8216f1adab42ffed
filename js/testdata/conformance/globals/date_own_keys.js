// Date's own keys come in V8's order (length, name, prototype, now, parse, UTC), new ones after
console.log(Object.getOwnPropertyNames(Date));
console.log(Reflect.ownKeys(Date).length, Object.keys(Date));
Date.custom = 1;
console.log(Object.getOwnPropertyNames(Date).join(','));
console.log(typeof Date.now(), Date.UTC(2020, 1, 3), new Date(86400000).toISOString());
