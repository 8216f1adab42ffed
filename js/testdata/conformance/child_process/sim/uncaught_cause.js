const err = new Error('outer', { cause: new TypeError('inner', { cause: { code: 42 } }) });
err.extra = 'x';
throw err;
