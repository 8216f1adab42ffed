// dns/promises: lookup resolves { address, family } (or an array with all: true); an IP literal
// resolves inside the executor, so its reaction runs as a promise job, after nextTick.
const dns = require("dns");
const dnsPromises = require("dns/promises");

console.log("same object", dns.promises === dnsPromises);
dnsPromises.lookup("127.0.0.1").then((r) => console.log("literal", JSON.stringify(r)));
process.nextTick(() => console.log("nextTick"));
(async () => {
  const r = await dnsPromises.lookup("localhost", { family: 4 });
  console.log("localhost", JSON.stringify(r));
  const all = await dnsPromises.lookup("localhost", { all: true, family: 4 });
  console.log("all", JSON.stringify(all));
  const v6 = await dnsPromises.lookup("::1", 6);
  console.log("v6 literal", JSON.stringify(v6));
  try {
    await dnsPromises.lookup("localhost", { family: 5 });
  } catch (e) {
    console.log("rejects?", e.code);
  }
})().catch((e) => console.log("threw", e.name, e.code, e.message));
console.log("main end");
