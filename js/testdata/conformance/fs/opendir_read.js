// opendir and Dir: readSync, read with a callback and as a promise, for await (which closes the
// handle), close forms and ERR_DIR_CLOSED, bufferSize and encoding; entry order is the file
// system's, so names are sorted before printing.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-dir-"));
for (const n of ["c", "a", "b"]) fs.writeFileSync(path.join(dir, n), n);
fs.mkdirSync(path.join(dir, "sub"));

const d = fs.opendirSync(dir, { bufferSize: 2 });
console.log("path", d.path === dir);
const names = [];
let e;
while ((e = d.readSync()) !== null) names.push(`${e.name}:${e.isDirectory() ? "dir" : "file"}:${e.path === dir}`);
console.log("readSync", names.sort());
console.log("after end", d.readSync());
d.closeSync();
for (const f of [() => d.readSync(), () => d.closeSync(), () => d.read()]) {
  try {
    f();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
d.close((err) => console.log("close cb closed", err.code));
d.close().catch((err) => console.log("close promise closed", err.code));

for (const opts of [{ bufferSize: 0 }, { bufferSize: "a" }, { bufferSize: 1.5 }, 5]) {
  try {
    fs.opendirSync(dir, opts);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  fs.opendirSync(path.join(dir, "missing"));
} catch (err) {
  console.log(err.code, err.syscall, err.message, err.path);
}
try {
  fs.opendirSync(path.join(dir, "a"));
} catch (err) {
  console.log(err.code, err.message);
}

fs.opendir(dir, { encoding: "buffer" }, (err, d2) => {
  const got = [];
  const next = () => d2.read((err2, ent) => {
    if (ent === null) {
      console.log("read cb", err2, got.sort());
      d2.close(async (err3) => {
        console.log("close cb", err3);
        const d3 = await fs.promises.opendir(dir);
        const it = [];
        for await (const ent2 of d3) it.push(ent2.name);
        console.log("for await", it.sort());
        try {
          d3.readSync();
        } catch (err4) {
          console.log("closed by the loop", err4.code);
        }
        const d4 = await fs.promises.opendir(dir);
        for await (const ent3 of d4) {
          console.log("break after one", typeof ent3.name);
          break;
        }
        await d4.close().catch((err5) => console.log("break closed it", err5.code));
        const d5 = fs.opendirSync(dir);
        const first = await d5.read();
        console.log("promise read", typeof first.name);
        await d5.close();
        fs.opendir(path.join(dir, "missing"), (err6) => {
          console.log("cb missing", err6.code, err6.path === path.join(dir, "missing"));
          fs.rmSync(dir, { recursive: true });
        });
      });
      return;
    }
    got.push(Buffer.isBuffer(ent.name) ? "buffer " + ent.name : ent.name);
    next();
  });
  next();
});
