// clearTimeout and clearInterval are interchangeable: clearTimeout stops an interval, which then
// never runs again (checked 20 ms later).
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 2) {
    clearTimeout(iv);
    setTimeout(() => console.log("runs after clear", n), 20);
  }
}, 1);
