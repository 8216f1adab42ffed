// clearTimeout before the timer fires cancels it; clearing twice is harmless.
const t = setTimeout(() => console.log("never"), 1);
clearTimeout(t);
clearTimeout(t);
setTimeout(() => console.log("other"), 1);
