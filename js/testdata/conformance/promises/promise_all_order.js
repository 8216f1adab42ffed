// Promise.all resolves with values in input order, not completion order, one job after the last
// input settles; a rejection rejects with the first reason.
const slow = new Promise((r) => setTimeout(() => r("slow"), 10));
const fast = Promise.resolve("fast");
Promise.all([slow, fast, 42]).then((v) => console.log("all", v.join(",")));
Promise.all([Promise.reject(new Error("boom")), slow]).catch((e) => console.log("all rejected", e.message));
Promise.all([]).then((v) => console.log("empty all", v.length));
