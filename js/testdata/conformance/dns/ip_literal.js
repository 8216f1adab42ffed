// dns.lookup answers an IP literal (and an empty host name) without the thread pool: the callback
// comes in a nextTick, before ticks queued later and before promise jobs, and lookup returns {}.
const dns = require("dns");

Promise.resolve().then(() => console.log("promise"));
const ret = dns.lookup("192.168.1.20", (err, address, family) => console.log("v4 literal", err, address, family));
console.log("returns", JSON.stringify(ret));
dns.lookup("::1", (err, address, family) => console.log("v6 literal", err, address, family));
dns.lookup("::ffff:10.0.0.1", { all: true }, (err, addresses) => console.log("mapped, all", err, JSON.stringify(addresses)));
dns.lookup("10.0.0.1", 6, (err, address, family) => console.log("literal ignores family", err, address, family));
dns.lookup("", (err, address, family) => console.log("empty host", err, address, family));
dns.lookup("", { all: true, family: 6 }, (err, addresses) => console.log("empty host, all", err, JSON.stringify(addresses)));
process.nextTick(() => console.log("nextTick queued after the lookups"));
setImmediate(() => console.log("immediate"));
console.log("main end");
