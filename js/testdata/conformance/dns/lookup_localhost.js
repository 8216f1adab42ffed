// dns.lookup('localhost') goes through the thread pool (getaddrinfo) and calls back after the main
// script with a loopback address and its family. It returns the request object at once.
const dns = require("dns");

const req = dns.lookup("localhost", (err, address, family) => {
  console.log("error", err);
  console.log("family is 4 or 6", family === 4 || family === 6);
  console.log("loopback of that family", family === 4 ? address === "127.0.0.1" : address === "::1");
});
console.log(req.constructor.name, req.hostname, req.family, typeof req.oncomplete);
process.nextTick(() => console.log("nextTick"));
console.log("main end");
