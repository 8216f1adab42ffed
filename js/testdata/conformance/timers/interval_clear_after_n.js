// setInterval repeats until clearInterval; here five runs, then the process exits.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("run", n);
  if (n === 5) {
    clearInterval(iv);
    console.log("cleared");
  }
}, 2);
