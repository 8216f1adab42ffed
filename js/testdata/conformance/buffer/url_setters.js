// URL setters (protocol, username, password, host, hostname, port, pathname, search, hash, href) and their failure modes.
const u = new URL('https://a.com:8443/p?q#h');
const show = () => console.log(u.href);
u.protocol = 'http'; show(); u.protocol = 'foo'; show(); u.protocol = 'wss:'; show(); u.protocol = 'HTTP:junk'; show();
u.username = 'us er'; u.password = 'p@ss:w'; show(); u.port = '80'; show(); u.port = '99999'; show(); u.port = '123abc'; show(); u.port = ''; show();
u.host = 'b.org:81'; show(); u.host = 'bad host'; show(); u.hostname = 'c.net'; show(); u.hostname = 'd.net:9'; show(); u.host = '[::1]:7'; show();
u.pathname = 'a b/../c'; show(); u.pathname = ''; show(); u.search = 'x=1 2'; show(); u.search = '?'; show(); u.search = ''; show();
u.hash = 'fr ag'; show(); u.hash = '#'; show(); u.hash = ''; show();
u.href = 'http://new.example/'; show();
try { u.href = 'not a url'; } catch (e) { console.log(e.code, e.message); }
const m = new URL('mailto:x@y'); m.pathname = 'z'; m.host = 'h'; m.username = 'u'; m.port = '1'; console.log(m.href);
const f = new URL('file:///srv/x'); f.host = 'server'; console.log(f.href); f.port = '8'; f.username = 'u'; console.log(f.href); f.host = 'localhost'; console.log(f.href);
const o = new URL('foo://h/p'); o.protocol = 'http'; console.log(o.href); o.host = ''; console.log(o.href);
