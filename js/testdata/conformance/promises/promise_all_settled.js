// Promise.allSettled reports each outcome in input order and never rejects.
Promise.allSettled([Promise.resolve(1), Promise.reject(new Error("no")), 3]).then((rs) => {
  for (const r of rs) {
    console.log(r.status, r.status === "fulfilled" ? r.value : r.reason.message);
  }
});
