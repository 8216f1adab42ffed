// Error positions in a file whose async generators are lowered name the user's lines and columns.
const pos = (e, i = 1) => { const m = /\.js:(\d+):(\d+)/.exec(e.stack.split('\n')[i]); return m ? m[1] + ':' + m[2] : 'none'; };
async function* gen() {
  yield 1;
  throw new Error('inside the generator');
}
console.log('top', pos(new Error('top level')));
async function main() {
  try {
    for await (const v of gen()) console.log('value', v);
  } catch (e) {
    console.log(e.message, pos(e));
  }
  const late = new TypeError('after the loop');
  console.log(late.name, pos(late));
}
main();
