// dns.lookup goes through the thread pool (getaddrinfo) and calls back after the main script.
// First a numeric host (no resolver involved), then 'localhost' restricted to IPv4, chained so the
// order is fixed.
const dns = require("dns");

dns.lookup("127.0.0.1", (err, address, family) => {
  console.log(err, address, family);
  dns.lookup("localhost", { family: 4 }, (err2, address2, family2) => {
    console.log(err2, address2, family2);
  });
});
console.log("sync end");
