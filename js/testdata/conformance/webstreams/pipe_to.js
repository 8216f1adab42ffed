// pipeTo: every chunk reaches the sink in order, the destination closes, and both locks are released.
const src = new ReadableStream({
  start(c) { for (const x of ['a', 'b', 'c']) c.enqueue(x); c.close(); },
});
const got = [];
const dst = new WritableStream({
  write(chunk) { got.push(chunk); },
  close() { console.log('sink closed', got); },
});
const p = src.pipeTo(dst);
console.log(src.locked, dst.locked);
p.then(() => console.log('piped', src.locked, dst.locked));
