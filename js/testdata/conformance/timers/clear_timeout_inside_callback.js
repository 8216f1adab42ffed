// A timer callback can cancel a later timer of the same list that is already due.
let t2;
setTimeout(() => {
  console.log("t1 clears t2");
  clearTimeout(t2);
}, 1);
t2 = setTimeout(() => console.log("t2 never"), 1);
setTimeout(() => console.log("t3"), 1);
