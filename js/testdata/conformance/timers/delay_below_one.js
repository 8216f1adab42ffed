// Rule: after < 1 becomes 1 ms. 0.5 and 1 share the 1 ms list, so creation order holds.
setTimeout(() => console.log("a (0.5 ms)"), 0.5);
setTimeout(() => console.log("b (1 ms)"), 1);
setTimeout(() => console.log("c (0.1 ms)"), 0.1);
