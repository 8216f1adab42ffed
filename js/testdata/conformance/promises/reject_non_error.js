// Rejections can carry any value; catch receives it unchanged.
Promise.reject(42).catch((v) => console.log(typeof v, v));
Promise.reject(undefined).catch((v) => console.log(v));
Promise.reject({ code: "X" }).catch((v) => console.log(v.code));
