// Argument checks throw synchronously with node's codes and messages: a missing callback, a path
// of the wrong type, a bad flag, an unknown encoding, a negative fd, a bad data argument; rm of a
// directory without recursive is ERR_FS_EISDIR; rm of a missing path with force is fine.
const fs = require("fs");
const os = require("os");
const path = require("path");

function attempt(label, f) {
  try {
    f();
    console.log(label, "no throw");
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt("readFile no cb", () => fs.readFile(__filename));
attempt("stat no cb", () => fs.stat(__filename));
attempt("path number", () => fs.readFileSync({}));
attempt("stat path object", () => fs.stat({}, () => {}));
attempt("bad flag", () => fs.openSync(__filename, "zz"));
attempt("bad encoding", () => fs.readFileSync(__filename, "bogus"));
attempt("negative fd", () => fs.closeSync(-1));
attempt("fd string", () => fs.fstat("3", () => {}));
attempt("writeFile data", () => fs.writeFileSync(path.join(os.tmpdir(), "x"), 42));
attempt("null byte", () => fs.statSync("a\u0000b"));
attempt("options type", () => fs.readFileSync(__filename, 42));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-valid-"));
process.chdir(dir);
fs.mkdirSync("d");
attempt("rm dir", () => fs.rmSync("d"));
attempt("rm missing force", () => fs.rmSync("missing", { force: true }));
attempt("rm missing", () => fs.rmSync("missing"));
fs.rm("d", (err) => {
  console.log("rm callback", err.code, err.message);
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });
});
