console.log('sibling: runs without waiting');
Promise.resolve().then(() => console.log('sibling: microtask'));
