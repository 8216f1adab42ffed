// fs.promises.readFile resolves with the contents; a missing file rejects with code ENOENT.
const fsp = require("fs").promises;

async function main() {
  const text = await fsp.readFile(__filename, "utf8");
  console.log(text.startsWith("// fs.promises.readFile"));
  try {
    await fsp.readFile("missing.file");
  } catch (err) {
    console.log(err.code, err.syscall);
  }
  console.log("done");
}
main();
console.log("main returned");
