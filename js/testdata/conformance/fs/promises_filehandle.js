// fs.promises === require('fs/promises'); open gives a FileHandle with write, read, stat,
// readFile, writeFile, close; readFile/writeFile/appendFile/access/rm on paths.
const fs = require("fs");
const fsp = require("fs/promises");
const os = require("os");
const path = require("path");

async function main() {
  console.log(fs.promises === fsp, typeof fsp.open);
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), "evloop-fh-"));
  const file = path.join(dir, "h.txt");
  const fh = await fsp.open(file, "w+");
  console.log(typeof fh.fd, fh.constructor.name);
  const w = await fh.write("hello world");
  console.log("write", w.bytesWritten, w.buffer);
  const r = await fh.read(Buffer.alloc(5), 0, 5, 6);
  console.log("read", r.bytesRead, r.buffer.toString());
  console.log("stat", (await fh.stat()).size);
  await fh.close();
  await fsp.writeFile(file, "abc");
  await fsp.appendFile(file, "def");
  console.log("readFile", await fsp.readFile(file, "utf8"));
  const fh2 = await fsp.open(file);
  console.log("handle readFile", (await fh2.readFile()).toString());
  await fh2.close();
  try {
    await fsp.access(path.join(dir, "nope"));
  } catch (err) {
    console.log("access", err.code, err.syscall);
  }
  try {
    await fsp.rm(dir);
  } catch (err) {
    console.log("rm dir", err.code, err.name);
  }
  await fsp.rm(dir, { recursive: true });
  await fsp.rm(dir, { recursive: true, force: true });
  console.log("gone", fs.existsSync(dir));
}
main().then(() => console.log("main done"));
console.log("sync end");
