// cp, cpSync and fs.promises.cp: a tree with a file, a subdirectory and a relative symlink
// (made absolute unless verbatimSymlinks), filter, force, errorOnExist, preserveTimestamps and
// the parent of dest made on the way.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-cp-"));
process.chdir(dir);
fs.mkdirSync("src/sub", { recursive: true });
fs.writeFileSync("src/a.txt", "A");
fs.writeFileSync("src/sub/b.txt", "B");
fs.writeFileSync("src/skip.log", "L");
fs.symlinkSync("a.txt", "src/link");
fs.utimesSync("src/a.txt", 1000, 2000);

const tree = (root) => {
  const out = [];
  const walk = (p) => {
    for (const n of fs.readdirSync(p).sort()) {
      const q = path.join(p, n);
      const st = fs.lstatSync(q);
      if (st.isDirectory()) {
        out.push(n + "/");
        walk(q);
      } else if (st.isSymbolicLink()) {
        out.push(n + " -> " + fs.readlinkSync(q).replace(dir, "DIR"));
      } else {
        out.push(n + "=" + fs.readFileSync(q, "utf8"));
      }
    }
  };
  walk(root);
  return out.join(" ");
};

fs.cpSync("src", "out/deep/copy", { recursive: true });
console.log("cpSync", tree("out"));
fs.cpSync("src", "verbatim", { recursive: true, verbatimSymlinks: true });
console.log("verbatim", fs.readlinkSync("verbatim/link"));
const seen = [];
fs.cpSync("src", "filtered", {
  recursive: true,
  filter: (s, d) => {
    seen.push(path.relative(dir, s) + ">" + path.relative(dir, d));
    return !s.endsWith(".log");
  },
});
console.log("filter", tree("filtered"), seen.sort());
fs.writeFileSync("filtered/a.txt", "changed");
fs.cpSync("src/a.txt", "filtered/a.txt", { force: false });
console.log("force false keeps", fs.readFileSync("filtered/a.txt", "utf8"));
fs.cpSync("src/a.txt", "filtered/a.txt");
console.log("force overwrites", fs.readFileSync("filtered/a.txt", "utf8"));
fs.cpSync("src/a.txt", "ts.txt", { preserveTimestamps: true });
console.log("preserveTimestamps", fs.statSync("ts.txt").mtimeMs);

fs.cp("src", "cb", { recursive: true }, (err) => {
  console.log("cp cb", err, tree("cb"));
  fs.promises.cp("src/sub", "p/sub", { recursive: true }).then((v) => {
    console.log("promises.cp", v, tree("p"));
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
  });
});
