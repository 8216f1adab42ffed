// createReadStream and createWriteStream emit their events in node's order: 'open' then 'ready'
// before any 'data'; 64 KiB chunks; 'end' then 'close' (autoClose); a write stream's write
// callbacks, 'finish', then 'close'. The file is 150,000 bytes, so three chunks.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-streams-"));
const file = path.join(dir, "big.bin");
const events = [];

const ws = fs.createWriteStream(file);
ws.on("open", (fd) => events.push("w open " + typeof fd));
ws.on("ready", () => events.push("w ready"));
ws.on("finish", () => events.push("w finish " + ws.bytesWritten));
ws.on("close", () => {
  events.push("w close");
  readBack();
});
ws.write(Buffer.alloc(100000, 97), () => events.push("w cb1"));
ws.write("b".repeat(50000), () => events.push("w cb2"));
ws.end(() => events.push("w end cb"));
events.push("w pending " + ws.pending);

function readBack() {
  const rs = fs.createReadStream(file);
  rs.on("open", () => events.push("r open"));
  rs.on("ready", () => events.push("r ready"));
  rs.on("data", (chunk) => events.push("r data " + chunk.length + " " + String.fromCharCode(chunk[0])));
  rs.on("end", () => events.push("r end " + rs.bytesRead));
  rs.on("close", () => {
    events.push("r close");
    partial();
  });
}

function partial() {
  const rs = fs.createReadStream(file, { start: 99998, end: 100001, encoding: "utf8" });
  let text = "";
  rs.on("data", (s) => (text += s));
  rs.on("close", () => {
    events.push("range " + JSON.stringify(text));
    const missing = fs.createReadStream(path.join(dir, "nope"));
    missing.on("error", (err) => events.push("error " + err.code + " " + err.syscall));
    missing.on("close", () => {
      events.push("missing close");
      console.log(events.join("\n"));
      fs.rmSync(dir, { recursive: true });
    });
  });
}
