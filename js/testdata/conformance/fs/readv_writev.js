// writev gathers buffers into one write, readv scatters one read across buffers; positions,
// callback (bytes and the same buffers), sync and FileHandle forms; the buffer array is validated.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-vec-"));
const f = path.join(dir, "f");
const fd = fs.openSync(f, "w+");

console.log("writevSync", fs.writevSync(fd, [Buffer.from("abc"), new Uint8Array([100, 101]), Buffer.from("fgh")]));
console.log("writevSync at 1", fs.writevSync(fd, [Buffer.from("XY")], 1), fs.readFileSync(f, "utf8"));
console.log("writevSync empty", fs.writevSync(fd, []));
const a = Buffer.alloc(2);
const b = Buffer.alloc(4);
console.log("readvSync", fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
const c = Buffer.alloc(5, "-");
console.log("readvSync short", fs.readvSync(fd, [Buffer.alloc(6), c], 0), c.toString());

for (const bad of ["x", [1], null, [Buffer.alloc(1), "s"]]) {
  try {
    fs.writevSync(fd, bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  fs.readvSync("1", []);
} catch (e) {
  console.log(e.code, e.message);
}

const bufs = [Buffer.from("12"), Buffer.from("345")];
fs.writev(fd, bufs, 0, (err, n, same) => {
  console.log("writev cb", err, n, same === bufs, fs.readFileSync(f, "utf8"));
  const x = Buffer.alloc(3);
  const y = Buffer.alloc(3);
  fs.readv(fd, [x, y], 2, (err2, n2, got) => {
    console.log("readv cb", err2, n2, got.map(String));
    fs.closeSync(fd);
    fs.readv(fd, [x], (err3) => {
      console.log("closed", err3.code, err3.syscall);
      fs.promises.open(f, "r+").then(async (h) => {
        const w = await h.writev([Buffer.from("ab"), Buffer.from("cd")], 4);
        const r = await h.readv([Buffer.alloc(4), Buffer.alloc(10)], 0);
        console.log("filehandle", w.bytesWritten, r.bytesRead, r.buffers.map(String));
        await h.close();
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
