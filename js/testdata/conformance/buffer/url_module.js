// The url module: fileURLToPath, pathToFileURL, domainToASCII/Unicode, urlToHttpOptions, legacy parse/format/resolve, inspect of URL.
const url = require('url');
const show = (f) => { try { return f(); } catch (e) { return e.code + ' ' + e.message; } };
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, Object.keys(url).filter((k) => typeof url[k] === 'function').length);
console.log(url.fileURLToPath('file:///srv/a%20b/%C3%A9'), url.fileURLToPath(new URL('file:///x/y')), show(() => url.fileURLToPath('http://a/')), show(() => url.fileURLToPath('file://host/x')), show(() => url.fileURLToPath('file:///a%2fb')), show(() => url.fileURLToPath(5)));
console.log(url.pathToFileURL('/srv/a b?#%\\x\n').href, url.pathToFileURL('/srv/dir/').href, url.pathToFileURL('/srv/é€').href, show(() => url.pathToFileURL(1)));
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.domainToASCII('EXAMPLE.com'));
console.log(url.urlToHttpOptions(new URL('https://u:p@[::1]:8080/a?b#c')));
console.log(url.parse('http://user:pw@Host.com:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('/just/a/path?x=1&y=2&x=3', true).query, url.parse('//host/p', false, true).host, url.parse('mailto:a@b.c').href);
console.log(url.format({ protocol: 'https', hostname: 'ex.com', pathname: '/a b', query: { q: 'x y', r: [1, 2] } }));
console.log(url.format(new URL('http://u:p@a.com/x?y#z'), { auth: false, fragment: false, search: false }), url.format('http://A.com/x'));
console.log(url.resolve('http://a.com/b/c', '../d'), url.resolve('http://a.com/b/c', '/e'), url.resolve('http://a.com/', 'http://other/'));
console.log(new URL('https://x.org:81/p?q=1#h'));
console.log([new URL('http://a/')], { u: new URL('file:///f') });
