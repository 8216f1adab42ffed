// Error objects: name/message defaults, cause, custom properties, toString, instanceof chain.
const e = new Error("outer", { cause: new Error("inner") });
console.log(e.name, e.message, e.cause.message);
const t = new TypeError();
console.log(JSON.stringify(t.message), String(t));
const custom = Object.assign(new Error("with code"), { code: "E_CUSTOM" });
console.log(custom.code, custom instanceof Error, t instanceof Error, t instanceof TypeError);
console.log(Object.prototype.toString.call(e), typeof e.stack);
