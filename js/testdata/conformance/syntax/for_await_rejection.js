// A rejected promise in the iterated array ends for await with that rejection; later values are not seen.
async function main() {
  try {
    for await (const v of [Promise.resolve(1), Promise.reject(new Error('nope')), Promise.resolve(3)]) {
      console.log('value', v);
    }
  } catch (e) {
    console.log('caught', e.message);
  }
  const it = (async function* () { yield 1; throw new TypeError('gen failed'); })();
  await (async () => { for await (const v of it) console.log('gen value', v); })().catch((e) => console.log(e.name, e.message));
}
main().then(() => console.log('done'));
