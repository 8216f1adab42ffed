// A throw inside finally replaces the original outcome; a returned value does not.
Promise.resolve(1)
  .finally(() => 2)
  .then((v) => console.log("value kept", v));
Promise.resolve(1)
  .finally(() => {
    throw new Error("from finally");
  })
  .catch((e) => console.log("replaced by", e.message));
