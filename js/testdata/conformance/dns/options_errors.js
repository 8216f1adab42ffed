// dns.lookup's argument checks, the result-order setting and the getaddrinfo flag constants.
const dns = require("dns");

function attempt(label, fn) {
  try {
    fn();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, "|", e.name, "|", e.code, "|", e.message);
  }
}
attempt("host number", () => dns.lookup(123, () => {}));
attempt("family 5", () => dns.lookup("localhost", 5, () => {}));
attempt("options.family 5", () => dns.lookup("localhost", { family: 5 }, () => {}));
attempt("hints", () => dns.lookup("localhost", { hints: 999 }, () => {}));
attempt("no callback", () => dns.lookup("localhost"));
attempt("all not boolean", () => dns.lookup("localhost", { all: "yes" }, () => {}));
attempt("verbatim not boolean", () => dns.lookup("localhost", { verbatim: 1 }, () => {}));
attempt("bad order", () => dns.lookup("localhost", { order: "random" }, () => {}));
attempt("promises family", () => dns.promises.lookup("localhost", 7));
attempt("setDefaultResultOrder", () => dns.setDefaultResultOrder("first"));
console.log("default order", dns.getDefaultResultOrder());
dns.setDefaultResultOrder("ipv4first");
console.log("after set", dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.promises.setDefaultResultOrder("verbatim");
console.log("after promises set", dns.getDefaultResultOrder());
console.log("flags", dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.NODATA);
attempt("valid hints", () => dns.lookup("127.0.0.1", { hints: dns.ADDRCONFIG | dns.V4MAPPED }, () => {}));
attempt("options string", () => dns.lookup("localhost", "x", () => {}));
attempt("options boolean, no callback", () => dns.lookup("localhost", true));
attempt("promises options string", () => dns.promises.lookup("localhost", "x"));
