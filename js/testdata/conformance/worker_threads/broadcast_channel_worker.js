// BroadcastChannel between the main thread and a worker: the worker's message reaches the main
// thread's channel of that name (not the one of another name); the main thread's answer reaches
// the worker's channel; closing every channel lets both threads end. (With two channels of one
// name in the main thread, which hears a worker's message first varies in node: one per thread.)
const { Worker } = require("worker_threads");

const news = new BroadcastChannel("news");
const other = new BroadcastChannel("other");
other.onmessage = (e) => console.log("other never", e.data);
news.onmessage = (e) => {
  console.log("main got", e.data);
  news.postMessage("bye from main");
};
const w = new Worker(`
  const bc = new BroadcastChannel("news");
  bc.onmessage = (e) => {
    require("worker_threads").parentPort.postMessage("worker got " + e.data);
    bc.close();
  };
  bc.postMessage({ from: "worker", n: 1 });
`, { eval: true });
w.on("message", (m) => {
  console.log(m);
  news.close();
  other.close();
});
w.on("exit", (code) => console.log("worker exit", code));
