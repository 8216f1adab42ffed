// http.request validation: a non-http protocol (ERR_INVALID_PROTOCOL), a method that is no token or no string, a path with unescaped characters, a bad header value; all throw at once, before any connection.
const http = require('http');
const tries = [
  () => http.request('ftp://x/'),
  () => http.request({ method: 'BAD METHOD', port: 9 }),
  () => http.request({ method: 1, port: 9 }),
  () => http.request({ path: '/a b', port: 9 }),
  () => http.request({ path: '/caf\u00e9\u4e2d', port: 9 }),
  () => http.get({ headers: { x: 'a\nb' }, port: 9 }),
  () => http.request({ method: 'get', port: 9 }),
  () => http.request({ method: '', port: 9 }),
];
for (const t of tries) {
  try {
    const r = t();
    r.on('error', (e) => console.log('async error', e.code));
    r.destroy();
    console.log('made', r.method, r.path);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
