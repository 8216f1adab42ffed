// chown, lchown, fchown and their promise forms: giving a file to its own owner works; -1 keeps an
// id; uid and gid are validated (type, integer, range) before the file system is asked.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-chown-"));
const f = path.join(dir, "f");
fs.writeFileSync(f, "x");
fs.symlinkSync(f, path.join(dir, "l"));
const { uid, gid } = fs.statSync(f);

fs.chownSync(f, uid, gid);
fs.chownSync(f, -1, -1);
fs.lchownSync(path.join(dir, "l"), uid, -1);
const fd = fs.openSync(f, "r");
fs.fchownSync(fd, -1, gid);
const st = fs.statSync(f);
console.log("sync", st.uid === uid, st.gid === gid);

for (const [u, g] of [["0", 0], [1.5, 0], [-2, 0], [2 ** 32, 0], [0, undefined], [0, null], [0, 2 ** 32 - 1 + 0.5]]) {
  try {
    fs.chownSync(f, u, g);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  fs.fchownSync("1", 0, 0);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.chown(f, 0, 0);
} catch (e) {
  console.log(e.code, e.message);
}

fs.chown(f, uid, gid, (err) => {
  console.log("chown cb", err);
  fs.fchown(fd, uid, gid, (err2) => {
    console.log("fchown cb", err2);
    fs.closeSync(fd);
    fs.lchown(path.join(dir, "missing"), uid, gid, (err3) => {
      console.log("missing", err3.code, err3.syscall);
      fs.promises.chown(f, uid, gid)
        .then(() => fs.promises.lchown(path.join(dir, "l"), -1, -1))
        .then(async () => {
          const h = await fs.promises.open(f, "r");
          await h.chown(-1, -1);
          await h.close();
          console.log("promises done");
          return fs.promises.chown(f, "x", 0);
        })
        .catch((e) => {
          console.log("rejected", e.code);
          fs.rmSync(dir, { recursive: true });
        });
    });
  });
});
