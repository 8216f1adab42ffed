// Delay 0 is coerced to 1 ms, so setTimeout(a, 1) and setTimeout(b, 0) share one list and fire in
// creation order (nodejs/node#46596).
setTimeout(() => console.log("a (1 ms)"), 1);
setTimeout(() => console.log("b (0 ms)"), 0);
