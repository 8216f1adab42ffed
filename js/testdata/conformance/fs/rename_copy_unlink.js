// rename, copyFile (and COPYFILE_EXCL), unlink: each result checked with existsSync and readFileSync;
// callback then sync then promise forms.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-rcu-"));
process.chdir(dir);
fs.writeFileSync("a", "A");

fs.rename("a", "b", (err) => {
  console.log("rename", err, fs.existsSync("a"), fs.readFileSync("b", "utf8"));
  fs.copyFile("b", "c", (err2) => {
    console.log("copyFile", err2, fs.readFileSync("c", "utf8"));
    fs.copyFile("b", "c", fs.constants.COPYFILE_EXCL, (err3) => {
      console.log("copyFile excl", err3.code, err3.syscall, err3.path, err3.dest);
      fs.unlink("c", (err4) => {
        console.log("unlink", err4, fs.existsSync("c"));
        fs.unlink("c", (err5) => {
          console.log("unlink again", err5.message);
          fs.renameSync("b", "d");
          fs.copyFileSync("d", "e");
          fs.writeFileSync("f", "F");
          fs.renameSync("f", "e"); // replaces e
          console.log("sync", fs.readdirSync("."), fs.readFileSync("e", "utf8"));
          fs.unlinkSync("d");
          const p = fs.promises;
          p.rename("e", "g")
            .then(() => p.copyFile("g", "h"))
            .then(() => p.unlink("g"))
            .then(() => p.readdir("."))
            .then((names) => {
              console.log("promises", names);
              return p.unlink("nope");
            })
            .catch((err6) => {
              console.log("rejected", err6.code, err6.syscall);
              process.chdir(os.tmpdir());
              fs.rmSync(dir, { recursive: true });
            });
        });
      });
    });
  });
});
