// Rule: delays are truncated to whole ms for list placement: 1.7 joins the 1 ms list and 30.9 the
// 30 ms list, so creation order holds within each list and the 1 ms list fires first.
setTimeout(() => console.log("1.7"), 1.7);
setTimeout(() => console.log("1"), 1);
setTimeout(() => console.log("30.9"), 30.9);
setTimeout(() => console.log("30"), 30);
