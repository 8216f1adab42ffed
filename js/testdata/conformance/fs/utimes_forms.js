// utimes, futimes, lutimes and fs.promises.utimes: seconds as numbers, numeric strings and Dates;
// lutimes changes the link, not its target; the time arguments are validated.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-utimes-"));
const f = path.join(dir, "f");
const l = path.join(dir, "l");
fs.writeFileSync(f, "x");
fs.symlinkSync(f, l);

const times = (p) => {
  const st = fs.statSync(p);
  return [st.atimeMs, st.mtimeMs, st.mtime.toISOString()];
};
// A link's mtime only: reading the link (as resolving a path does) may move its atime.
const linkTime = (p) => fs.lstatSync(p).mtimeMs;

fs.utimesSync(f, 1000, 2000.5);
console.log("utimesSync numbers", times(f));
fs.utimesSync(f, "3000", new Date(Date.UTC(2001, 1, 3, 4, 5, 6, 789)));
console.log("utimesSync string and Date", times(f));
fs.lutimesSync(l, 5000, 6000);
console.log("lutimesSync link", linkTime(l), "target", times(f));

for (const bad of ["abc", {}, null, undefined, NaN]) {
  try {
    fs.utimesSync(f, bad, 1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  fs.futimesSync("f", 1, 1);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.utimes(f, 1, 1);
} catch (e) {
  console.log(e.code, e.message);
}

fs.utimes(f, 7000, 8000, (err) => {
  console.log("utimes cb", err, times(f));
  const fd = fs.openSync(f, "r+");
  fs.futimes(fd, 9000, new Date(10000 * 1000), (err2) => {
    console.log("futimes cb", err2, times(f));
    fs.closeSync(fd);
    fs.utimes(path.join(dir, "missing"), 1, 1, (err3) => {
      console.log("missing", err3.code, err3.syscall, err3.message.replace(dir, "DIR"));
      fs.promises.utimes(f, 11000, 12000).then(async () => {
        console.log("promises.utimes", times(f));
        await fs.promises.lutimes(l, 13000, 14000);
        console.log("promises.lutimes", linkTime(l));
        const h = await fs.promises.open(f, "r+");
        await h.utimes(15000, 16000);
        await h.close();
        console.log("filehandle.utimes", times(f));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
