// Unbounded recursion throws a catchable RangeError (stack overflow); the program goes on.
function down(n) {
  return down(n + 1) + 1;
}
try {
  down(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name);
}
console.log("still alive");
