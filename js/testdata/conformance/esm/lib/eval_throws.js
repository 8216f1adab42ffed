console.log('eval_throws runs');
throw new Error('thrown by an ES module body');
