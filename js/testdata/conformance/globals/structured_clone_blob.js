// structuredClone copies a Blob's bytes and type; a File comes back as a plain Blob, as in node 20.
(async () => {
  const f = new File(['abc'], 'n.txt', { type: 'text/plain', lastModified: 5 });
  const c = structuredClone(f);
  console.log(c, c.name, c.lastModified, c.type, c instanceof File, c instanceof Blob, c.size, await c.text());
  const b = structuredClone({ b: new Blob(['xy'], { type: 'a/b' }) });
  console.log(b.b.size, b.b.type, b.b instanceof Blob, await b.b.text());
  const same = new Blob(['z']);
  const pair = structuredClone([same, same]);
  console.log(pair[0] === pair[1], pair[0] !== same);
})();
