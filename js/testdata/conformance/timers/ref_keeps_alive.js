// unref then ref again: the timer keeps the process alive once more and fires.
const t = setTimeout(() => console.log("fired"), 5);
t.unref();
t.ref();
