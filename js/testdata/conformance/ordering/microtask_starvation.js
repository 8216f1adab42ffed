// Recursive microtasks starve the loop the same way: the timer fires after the 10000th job.
let jobs = 0;
setTimeout(() => console.log("timer after", jobs, "jobs"), 0);
function job() {
  jobs++;
  if (jobs < 10000) queueMicrotask(job);
}
queueMicrotask(job);
