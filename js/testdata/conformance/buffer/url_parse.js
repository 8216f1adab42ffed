// WHATWG URL parsing: every component of special, file, opaque and relative URLs, IPv4/IPv6 hosts, percent-encoding and failures.
const cases = [
  ['http://example.com'], ['HTTPS://User:Pass@Ex-Ample.COM:443/a/b?c=d#e'], ['http://a:80/'], ['http://a:8080'], ['https://a:65536'],
  ['http://[::1]:3000/x'], ['http://[2001:db8:0:0:1:0:0:1]/'], ['http://[::ffff:192.168.0.1]/'], ['http://[1:2::3:4]'], ['http://[::]'], ['http://[1::'],
  ['http://0x7f.1/'], ['http://127.0.0.1./'], ['http://192.168.257'], ['http://1.2.3.4.5'], ['http://999999999999'], ['http://0300.0250.0.1'],
  ['http://a b/'], ['http://a%20b/'], ['http://exa%41mple.com/'], ['http://münchen.de/ü?ü#ü'], ['http://EXAMPLE.com./'], ['http://ex\tam\nple.com/'],
  ['  http://trim.com/  '], ['http://a/b/c/./../d/%2e%2E/e/.%2e/f'], ['http://a/b/c/..'], ['http://a/b/c/.'], ['http:\\\\a\\b\\c'], ['http:a/b'], ['http:/a/b'],
  ['http://a/p?q=1 2&"x"\'y\'#f "g" <h>'], ['foo://a/p?q=\'x\''], ['http://a/{}|^`'], ['http://user@/'], ['http://@a/'], ['http://:p@a/'], ['http://u:p:q@a/'], ['http://a@b@c/'],
  ['file:///etc/passwd'], ['file://localhost/etc'], ['file://host/share/x'], ['file:c:/windows'], ['file:///C|/x/../../y'], ['file:etc/x'], ['file://'],
  ['mailto:someone@example.com'], ['javascript:alert(1)'], ['data:text/plain,hi there'], ['urn:isbn:0451450523'], ['foo://host/path'], ['foo:///path'], ['foo://'], ['foo:/..//x'],
  ['blob:https://a.com/uuid'], ['ws://a/'], ['wss://a:443/'], ['ftp://a:21/'], ['git+ssh://git@github.com:org/repo.git'],
  ['/path?x', 'http://base.com/a/b'], ['../c', 'http://base.com/a/b/'], ['?q', 'http://base.com/a/b?x#y'], ['#h', 'http://base.com/a/b?x#y'], ['//other/x', 'https://base.com/'],
  ['', 'http://base.com/a?b#c'], ['x', 'mailto:a@b'], ['#frag', 'mailto:a@b'], ['d', 'file:///a/b/c'], ['/d', 'file:///C:/a/b'], ['..', 'file:///C:/'],
  ['nope'], [''], ['http://'], ['http://a:b/'], ['http://[::1/'], ['//x/'], ['http://a/%zz/%41'], ['HTTP://a/ÿ'], ['http://xn--mnchen-3ya.de/'],
];
for (const [input, base] of cases) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), '=>', JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
  } catch (e) {
    console.log(JSON.stringify([input, base]), '=>', e.code, e.message, e.input, e.base);
  }
  console.log('  canParse', URL.canParse(input, base));
}
