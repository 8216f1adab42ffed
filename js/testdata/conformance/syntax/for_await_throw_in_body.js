// An exception thrown in a for await body closes the async generator (its finally runs) and propagates.
async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('generator finally');
  }
}
async function main() {
  try {
    for await (const v of g()) {
      console.log('body', v);
      throw new Error('from body');
    }
  } catch (e) {
    console.log('caught', e.message);
  }
}
main().then(() => console.log('done'));
