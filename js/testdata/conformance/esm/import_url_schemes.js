// Specifiers that are URLs with a scheme other than file:, node: and data: fail with ERR_UNSUPPORTED_ESM_URL_SCHEME, naming the protocol.
for (const spec of ['https://example.com/mod.js', 'http://localhost/x.js', 'ftp://host/file', 'c:/x.js', 'blob:abc', 'node:path', 'file:///nonexistent/x.js']) {
  try {
    const m = await import(spec);
    console.log(spec, 'loaded', typeof m.default);
  } catch (e) {
    console.log(spec, e.name, e.code, e.message.replace(/ imported from .*/, ''));
  }
}
