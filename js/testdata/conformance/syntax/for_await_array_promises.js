// for await over an array of promises and plain values waits for each in order.
const later = (v, ms) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
async function main() {
  for await (const v of [later('a', 20), 'b', Promise.resolve('c'), later('d', 5)]) {
    console.log(v);
  }
}
main().then(() => console.log('done'));
