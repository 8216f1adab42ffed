// A name that does not resolve fails with node's getaddrinfo error: message, errno, code, syscall
// and hostname, in that order. The promise API rejects with the same shape.
const dns = require("dns");

dns.lookup("nosuch.invalid", (err, address, family) => {
  console.log(err instanceof Error, err.message);
  console.log(Object.keys(err).join(), err.errno, err.code, err.syscall, err.hostname);
  console.log(address, family, err.code === dns.NOTFOUND);
  dns.promises.lookup("nosuch.invalid", { all: true }).catch((e) => {
    console.log("promise", e.message, e.code, e.errno, e.syscall, e.hostname);
  });
});
