// import() of a module whose body throws (ES module, CommonJS, JSON that does not parse) rejects; caught, the program goes on with exit 0.
const specs = [['./lib/eval_throws.js'], ['./lib/eval_throws.cjs'], ['./lib/bad.json', { with: { type: 'json' } }]];
for (const [spec, opts] of specs) {
  const p = import(spec, opts);
  process.nextTick(() => console.log('tick after import of', spec));
  try {
    await p;
  } catch (e) {
    console.log('caught', e.name, e.message.replace(/^\/.*\/(lib\/)/, '$1'));
  }
  await import(spec, opts).catch((e) => console.log('again', e.name));
}
setTimeout(() => console.log('timer runs after'), 0);
