console.log('eval_throws.cjs runs');
throw new TypeError('thrown by a CommonJS body');
