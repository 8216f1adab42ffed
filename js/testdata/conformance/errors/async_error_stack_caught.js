// Errors thrown across await are caught by an outer try/catch in the awaiting function.
async function inner() {
  await null;
  throw new Error("deep");
}
async function outer() {
  try {
    await inner();
  } catch (e) {
    console.log("outer caught", e.message);
  }
}
outer().then(() => console.log("outer resolved"));
