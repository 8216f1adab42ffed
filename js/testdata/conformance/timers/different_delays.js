// Different delays far enough apart to be deterministic: the shorter fires first even if created
// later (80 vs 40 vs 1 ms).
setTimeout(() => console.log("80"), 80);
setTimeout(() => console.log("40"), 40);
setTimeout(() => console.log("1"), 1);
