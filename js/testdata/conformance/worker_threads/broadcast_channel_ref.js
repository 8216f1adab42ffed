// A BroadcastChannel holds the loop open until it is closed or unref'd (even with no listener);
// closing it inside its own listener drops the messages still queued for it.
const a = new BroadcastChannel("r");
const b = new BroadcastChannel("r");
new BroadcastChannel("quiet").unref();
let n = 0;
b.onmessage = (e) => {
  n++;
  console.log("b", e.data);
  b.close();
};
a.postMessage(1);
a.postMessage(2);
a.postMessage(3);
setTimeout(() => {
  console.log("received", n);
  a.close();
}, 30);
process.on("exit", () => console.log("exit"));
