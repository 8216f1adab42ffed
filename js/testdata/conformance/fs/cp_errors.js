// cp's refusals, as node's SystemErrors (code, info, errno, syscall, path): a directory without
// recursive, src and dest the same, a directory into itself, a directory over a file and the
// reverse, errorOnExist; option validation; the same errors from the callback and promise forms.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-cperr-"));
process.chdir(dir);
fs.mkdirSync("d/e", { recursive: true });
fs.writeFileSync("f", "F");
fs.writeFileSync("g", "G");

const show = (e) => {
  const info = e.info ? JSON.stringify(e.info).split(dir).join("DIR") : "";
  console.log(e.name, e.code, e.message.split(dir).join("DIR"), info, e.errno, e.syscall);
};
const abs = (p) => path.join(dir, p);

const tries = [
  () => fs.cpSync(abs("d"), abs("z")),
  () => fs.cpSync(abs("f"), abs("f")),
  () => fs.cpSync(abs("d"), abs("d/e/x"), { recursive: true }),
  () => fs.cpSync(abs("d"), abs("f"), { recursive: true }),
  () => fs.cpSync(abs("f"), abs("d"), { recursive: true }),
  () => fs.cpSync(abs("f"), abs("g"), { force: false, errorOnExist: true }),
  () => fs.cpSync(abs("missing"), abs("x")),
  () => fs.cpSync(abs("f"), abs("x"), { filter: () => Promise.resolve(true) }),
  () => fs.cpSync(1, "x"),
  () => fs.cpSync("f", "x", 5),
  () => fs.cpSync("f", "x", { recursive: "yes" }),
  () => fs.cpSync("f", "x", { filter: 1 }),
  () => fs.cpSync("f", "x", { dereference: true, verbatimSymlinks: true }),
  () => fs.cpSync("f", "x", { mode: 9 }),
  () => fs.cp("f", "x"),
];
for (const t of tries) {
  try {
    t();
    console.log("ok");
  } catch (e) {
    show(e);
  }
}
console.log("nothing made", fs.existsSync("x"), fs.existsSync("z"));

fs.cp(abs("d"), abs("z"), (err) => {
  show(err);
  fs.promises.cp(abs("f"), abs("f")).catch((err2) => {
    show(err2);
    fs.promises.cp(1, "x").catch((err3) => {
      show(err3);
      process.chdir(os.tmpdir());
      fs.rmSync(dir, { recursive: true });
    });
  });
});
