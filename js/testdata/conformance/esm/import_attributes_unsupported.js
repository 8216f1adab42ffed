// node's loader refuses an import attribute other than type: ERR_IMPORT_ATTRIBUTE_UNSUPPORTED, static or dynamic.
for (const attrs of [{ type: 'json', other: 'x' }, { TYPE: 'json' }]) {
  try {
    await import('./lib/data.json', { with: attrs });
    console.log('loaded');
  } catch (e) {
    console.log(String(e), e.code);
  }
}
try {
  await import('./lib/unsupported_attribute.js');
} catch (e) {
  console.log(String(e), e.code);
}
