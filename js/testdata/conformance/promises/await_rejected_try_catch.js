// await of a rejected promise throws at the await; try/catch/finally run in order.
async function f() {
  try {
    console.log("try");
    await Promise.reject(new Error("awaited"));
    console.log("never");
  } catch (e) {
    console.log("catch", e.message);
  } finally {
    console.log("finally");
  }
  return "done";
}
f().then((v) => console.log(v));
console.log("sync");
