// In an async function `return p` adopts p (two extra jobs) while `return await p` resumes after
// one job, so the function that awaits finishes first: done-2 before done-1.
const p = Promise.resolve();
async function one() {
  console.log("start-1");
  return p;
}
async function two() {
  console.log("start-2");
  return await p;
}
one().then(() => console.log("done-1"));
two().then(() => console.log("done-2"));
console.log("end");
