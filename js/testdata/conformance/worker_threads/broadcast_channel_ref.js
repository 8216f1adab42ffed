// A BroadcastChannel holds the loop open until it is closed or unref'd (even with no listener);
// closing it inside its own listener drops the messages still queued for it.
// A third channel, c, hears all three messages: once it has, b would have too had it stayed open
// (an event to wait for, not a delay a loaded machine may outlast).
const a = new BroadcastChannel("r");
const b = new BroadcastChannel("r");
const c = new BroadcastChannel("r");
new BroadcastChannel("quiet").unref();
let n = 0;
b.onmessage = (e) => {
  n++;
  console.log("b", e.data);
  b.close();
};
let heard = 0;
c.onmessage = () => {
  if (++heard < 3) return;
  setImmediate(() => {
    console.log("received", n);
    a.close();
    c.close();
  });
};
a.postMessage(1);
a.postMessage(2);
a.postMessage(3);
process.on("exit", () => console.log("exit"));
