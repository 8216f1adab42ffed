Promise.reject(new AggregateError([new Error('a'), new RangeError('b')], 'many'));
