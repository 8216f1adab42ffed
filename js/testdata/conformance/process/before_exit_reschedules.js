// 'beforeExit' fires when the loop runs dry; scheduling work there keeps the process alive, and
// 'beforeExit' fires again when that work is done. 'exit' comes last.
let rounds = 0;
process.on("beforeExit", (code) => {
  rounds++;
  console.log("beforeExit", rounds, code);
  if (rounds < 3) setTimeout(() => console.log("timer from beforeExit", rounds), 1);
});
process.on("exit", (code) => console.log("exit", code));
console.log("main done");
