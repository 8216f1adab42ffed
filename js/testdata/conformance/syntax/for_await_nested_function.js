// Nested for await loops (2 x 2) inside a function print all four pairs.
async function* g(n) { for (let i = 0; i < n; i++) yield i; }
async function main() {
  for await (const a of g(2)) {
    for await (const b of g(2)) console.log(a, b);
  }
  console.log('end of main');
}
main().then(() => console.log('done'));
