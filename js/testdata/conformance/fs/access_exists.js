// access with F_OK / R_OK / X_OK, exists (callback with a boolean), existsSync, and the errors of
// access on a missing path and of X_OK on a file with no execute bit.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-access-"));
process.chdir(dir);
fs.writeFileSync("plain", "p", { mode: 0o644 });
fs.writeFileSync("script", "s", { mode: 0o755 });

console.log(fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK, fs.F_OK === 0);
fs.access("plain", (err) => {
  console.log("F_OK", err);
  fs.access("plain", fs.constants.R_OK, (err2) => {
    console.log("R_OK", err2);
    fs.access("plain", fs.constants.X_OK, (err3) => {
      console.log("X_OK plain", err3);
      fs.access("script", fs.constants.X_OK, (err4) => {
        console.log("X_OK script", err4);
        fs.access("nope", (err5) => {
          console.log("missing", err5);
          fs.exists("plain", (yes) => {
            fs.exists("nope", (no) => {
              console.log("exists", yes, no, fs.existsSync("plain"), fs.existsSync("nope"), fs.existsSync());
              try {
                fs.accessSync("nope", fs.constants.R_OK);
              } catch (err6) {
                console.log("accessSync", err6.message);
              }
              process.chdir(os.tmpdir());
              fs.rmSync(dir, { recursive: true });
            });
          });
        });
      });
    });
  });
});
