// Different delays far enough apart to be deterministic: the shorter fires first even if created
// later (100 vs 50 vs 1 ms; only a stall of 50 ms between two lines of the script could reorder).
setTimeout(() => console.log("100"), 100);
setTimeout(() => console.log("50"), 50);
setTimeout(() => console.log("1"), 1);
