// process.memoryUsage() lists its keys in node's order (rss first), unsorted.
console.log(Object.keys(process.memoryUsage()));
