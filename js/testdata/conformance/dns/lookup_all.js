// dns.lookup with all: true calls back with an array of { address, family } objects; localhost
// always has 127.0.0.1 among them (whether ::1 is there depends on the hosts file).
const dns = require("dns");

dns.lookup("localhost", { all: true }, (err, addresses) => {
  console.log("error", err, "array", Array.isArray(addresses), "non-empty", addresses.length > 0);
  console.log("has 127.0.0.1", addresses.some((a) => a.address === "127.0.0.1" && a.family === 4));
  console.log("shape", addresses.every((a) => Object.keys(a).join() === "address,family"));
  console.log("families match", addresses.every((a) => a.family === (a.address.includes(":") ? 6 : 4)));
  dns.lookup("localhost", { all: true, family: 4 }, (err2, v4) => {
    console.log("family 4 only", err2, JSON.stringify(v4));
  });
});
