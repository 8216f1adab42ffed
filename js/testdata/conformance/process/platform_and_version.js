// process.platform is a string, process.version starts with v20, versions.uv is libuv's.
console.log(typeof process.platform, process.platform.length > 0);
console.log(process.version.startsWith("v20"));
console.log(typeof process.versions.node, typeof process.versions.uv, typeof process.versions.v8);
console.log(process.release.name);
