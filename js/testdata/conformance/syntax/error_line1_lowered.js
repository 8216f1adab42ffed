const e = new Error('line one'); async function* g() { yield e; } const m = /\.js:(\d+):(\d+)/.exec(e.stack.split('\n')[1]); console.log('line', m[1], 'column', m[2]); // lowered file: line 1 column 11
g().next().then((r) => console.log(r.value.message));
