// Common runtime errors: calling undefined, reading a property of null, an undeclared name.
const cases = [
  () => undefined(),
  () => null.x,
  () => notDeclaredAnywhere,
  () => {
    const c = 1;
    c = 2;
  },
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name);
  }
}
