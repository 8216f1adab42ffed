// Error output without absolute paths: message, String(err), the first stack line, name; and an
// error as a property of an object is not printed (its stack holds paths).
const err = new TypeError("bad thing");
console.log(err.message);
console.log(String(err));
console.log(err.stack.split("\n")[0]);
console.log(err.name, err instanceof Error);
class MyError extends Error {
  constructor(m) {
    super(m);
    this.name = "MyError";
  }
}
console.log(String(new MyError("custom")));
console.log(new RangeError("r").stack.split("\n")[0]);
