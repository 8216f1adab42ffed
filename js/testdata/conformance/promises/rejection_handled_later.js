// A rejection that was reported as unhandled and is handled later emits 'rejectionHandled'.
process.on("unhandledRejection", (reason) => console.log("unhandledRejection", reason.message));
process.on("rejectionHandled", (p) => console.log("rejectionHandled", p === late));
const late = Promise.reject(new Error("late"));
setTimeout(() => {
  late.catch((e) => console.log("caught", e.message));
}, 5);
