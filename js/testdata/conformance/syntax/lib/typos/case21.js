process.nextTick(() => console.log('tick');
