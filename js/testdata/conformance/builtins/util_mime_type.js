// util.MIMEType and util.MIMEParams as node 20's: parsing (whitespace, case, quoted values, duplicates, invalid parameters skipped), serialization, setters and ERR_INVALID_MIME_SYNTAX messages; util.transferableAbortSignal copies the signal.
const { MIMEType, MIMEParams, inspect, transferableAbortSignal, transferableAbortController } = require('util');
const j = JSON.stringify;
const inputs = [
  'text/html', ' Text/HTML ; Charset="utf-8" ; foo=bar ', 'a/b;x=1;x=2;X=3',
  'a/b; empty=; q="" ; sp="a b"; esc="a\\"b\\\\c"; trail="ab"cd ;nov; =v', 'a/b;c', 'a/b ;',
  'bad', '/b', 'a/', 'a b/c', 'a/b c', 'a/b;é=1', 'a/b;x=é', '', 'a/b;x="unterminated', 'a/b;x="end\\',
  '*/*', 'a/b;;;x=1', 'a/b;q="v"Ax=1', 'text/plain;q="v""b="a;q="v"\n',
];
for (const s of inputs) {
  try {
    const m = new MIMEType(s);
    console.log(j(s), '->', j(String(m)), m.type, m.subtype, m.essence, j([...m.params]), j(m));
  } catch (e) {
    console.log(j(s), 'throw', e.name, e.code, e.message);
  }
}
const m = new MIMEType('text/plain;a=1');
console.log(inspect(m), inspect(m.params), Object.prototype.toString.call(m));
m.type = 'IMAGE';
m.subtype = 'PNG';
console.log(String(m));
const tries = [
  () => { m.type = ''; }, () => { m.type = 'a b'; }, () => { m.subtype = '/'; },
  () => m.params.set('a b', 'x'), () => m.params.set('k', 'é'), () => m.params.set('k', 'v"w'),
  () => m.params.set('k', '\u0100'), () => m.params.set('k', ''),
];
for (const f of tries) {
  try {
    f();
    console.log('ok', String(m));
  } catch (e) {
    console.log('throw', e.name, e.code, e.message);
  }
}
const p = m.params;
console.log(p.get('A'), p.get('a'), p.has('k'), p.get('nope'), j([...p.keys()]), j([...p.values()]), j([...p.entries()]), String(p), j(p));
p.delete('a');
console.log(String(p));
const mp = new MIMEParams();
mp.set('Q', 'v');
console.log(String(mp), j([...mp]));
console.log(Object.getOwnPropertyNames(MIMEType.prototype).sort().join(), Object.getOwnPropertyNames(MIMEParams.prototype).sort().join());
console.log(new MIMEType({ toString() { return 'x/y'; } }).essence);
const ac = new AbortController();
const t = transferableAbortSignal(ac.signal);
ac.abort('r');
console.log(t === ac.signal, t instanceof AbortSignal, t.aborted, ac.signal.aborted, transferableAbortController() instanceof AbortController);
try {
  transferableAbortSignal({});
} catch (e) {
  console.log(e.code, e.message);
}
