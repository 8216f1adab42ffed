// A rejection handled before the microtask drain ends is not unhandled: no event, exit 0.
process.on("unhandledRejection", () => console.log("never"));
const p = Promise.reject(new Error("x"));
Promise.resolve().then(() => {
  p.catch((e) => console.log("caught in a later job", e.message));
});
