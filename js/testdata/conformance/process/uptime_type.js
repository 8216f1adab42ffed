// process.uptime() is a non-negative number of seconds.
console.log(typeof process.uptime(), process.uptime() >= 0);
