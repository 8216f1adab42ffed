// A module whose top-level await throws rejects the import() of everything that depends on it.
try {
  await import('./lib/tla_throws.js');
} catch (e) {
  console.log('caught:', e.message);
}
try {
  await import('./lib/tla_throws.js');
} catch (e) {
  console.log('again, the same error:', e.message);
}
