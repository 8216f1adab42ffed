// An async generator's return() and throw(): finally blocks run, a caught throw resumes, results settle in order.
async function* g() {
  try {
    yield 1;
    try {
      yield 2;
    } catch (e) {
      console.log('generator caught', e.message);
      yield 'recovered';
    }
    yield 3;
  } finally {
    console.log('finally');
  }
}
async function main() {
  const a = g();
  console.log(JSON.stringify(await a.next()));
  console.log(JSON.stringify(await a.return('early')));
  console.log(JSON.stringify(await a.next()));
  const b = g();
  await b.next();
  await b.next();
  console.log(JSON.stringify(await b.throw(new Error('injected'))));
  console.log(JSON.stringify(await b.next()));
  console.log(JSON.stringify(await b.next()));
  const c = g();
  try {
    await c.throw(new Error('before start'));
  } catch (e) {
    console.log('rejected', e.message);
  }
  console.log(JSON.stringify(await c.next()));
}
main().then(() => console.log('done'));
