// Of several imports that name no export, V8 reports the import declarations' first by local name, then the re-exports in source order.
for (const f of ['order_import_first', 'order_local', 'order_code_units', 'order_reexport', 'order_reexport_list', 'order_deps']) {
  try {
    await import(`./lib/link/${f}.js`);
  } catch (e) {
    console.log(f, e.message);
  }
}
