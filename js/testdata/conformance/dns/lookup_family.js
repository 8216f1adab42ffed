// dns.lookup restricted to IPv4: as a number, as an options object, as 'IPv4', and with the
// result-order options. Each lookup starts in the previous callback, so the order is fixed.
const dns = require("dns");

dns.lookup("localhost", 4, (err, address, family) => {
  console.log("family 4", err, address, family);
  dns.lookup("localhost", { family: "IPv4" }, (err2, address2, family2) => {
    console.log("family 'IPv4'", err2, address2, family2);
    dns.lookup("localhost", { family: 4, verbatim: false }, (err3, address3, family3) => {
      console.log("verbatim false", err3, address3, family3);
      dns.lookup("LOCALHOST", { family: 4, order: "ipv4first" }, (err4, address4, family4) => {
        console.log("upper case, ipv4first", err4, address4, family4);
      });
    });
  });
});
