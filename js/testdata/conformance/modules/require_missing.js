// require of a missing module throws MODULE_NOT_FOUND (relative paths and bare names alike).
for (const name of ["./lib/nope", "no-such-package-evloop"]) {
  try {
    require(name);
  } catch (err) {
    console.log(name, err.code, err instanceof Error);
  }
}
