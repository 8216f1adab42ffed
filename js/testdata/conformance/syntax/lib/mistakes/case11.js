let s = "ok";
const r = /(/g;