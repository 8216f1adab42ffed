// Promise.all over async tasks finishing in reverse order keeps input order in its result.
const wait = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([wait(30, "a"), wait(15, "b"), wait(1, "c")]).then((v) => console.log(v.join(" ")));
