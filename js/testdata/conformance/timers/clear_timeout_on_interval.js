// clearTimeout and clearInterval are interchangeable: clearTimeout stops an interval.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 2) clearTimeout(iv);
}, 1);
setTimeout(() => console.log("done after", n), 50);
