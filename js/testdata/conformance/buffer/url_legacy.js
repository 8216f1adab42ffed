// Legacy url.parse, url.format and url.resolve over common URL shapes, as node prints them.
const url = require('url');
const inputs = ['http://a.com', 'HTTP://A.COM/B?c=d', 'https://user@[::1]:8080/x', '//host/path', 'mailto:x@y.com', 'javascript:alert(1)', 'file:///etc/passwd',
  '/p?q', 'relative/path', '?q=1', '#h', 'http://a.com/a b', 'http://a.com:/x', 'http://user:p%40ss@h/', 'ftp://ftp.x.org/pub', 'http://ü.com/', 'http://a\\b\\c?d\\e',
  'redis://:secret@localhost:6379/0', 'postgres://u:p@db:5432/name?ssl=true', 'ws://x/y#z', 'x:y', 'http://a.com?x', 'HTTP://a.com#f'];
for (const i of inputs) {
  const p = url.parse(i);
  console.log(JSON.stringify(i), JSON.stringify(p), url.format(p));
}
console.log(JSON.stringify(url.parse('http://a.com/?a=1&a=2&b', true).query));
for (const [a, b] of [['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '//g'], ['/one/two', 'three'], ['http://a/b/', '?y'], ['http://a/b', '#s']]) console.log(url.resolve(a, b));
