// Only the first resolve/reject counts; later calls and throws after resolve are ignored.
new Promise((resolve, reject) => {
  resolve("first");
  resolve("second");
  reject(new Error("ignored"));
  throw new Error("also ignored");
}).then((v) => console.log(v), (e) => console.log("never", e.message));
