// node 20 refuses a JSON module imported without the type attribute, and a JavaScript module imported as JSON.
for (const [spec, opts] of [['./lib/data.json', undefined], ['./lib/fresh.js', { with: { type: 'json' } }], ['./lib/data.json', { with: { type: 'css' } }]]) {
  try {
    await import(spec, opts);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
