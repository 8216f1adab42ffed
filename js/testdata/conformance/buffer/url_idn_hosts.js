// URL hosts with Punycode (xn--) labels: which ones node's parser accepts, and domainToASCII/domainToUnicode of each.
const url = require('url');
const hosts = [
  'xn--nxasmq6b.example', 'XN--NXASMQ6B.example', 'bücher.de', 'xn--bcher-kva.de', 'ab--c.com',
  'xn--a', 'xn--ab', 'xn--', 'xn--abc-', 'xn--9999999999a', 'xn--99999999999999999', 'xn--zz',
  'a.xn--a.b', 'xn--ls8h', '💩.la', 'xn--mnchen-3ya.de', 'München.DE', 'xn--bücher.de',
  'faß.de', 'xn--zca', 'xn--80a', 'xn--e1a', 'xn--a-', 'xn---', 'xn--ABC-', 'xn--a-b', 'xn--tda',
];
for (const h of hosts) {
  let parsed;
  try {
    parsed = new URL(`http://${h}/p`).host;
  } catch (e) {
    parsed = `${e.code}`;
  }
  console.log(JSON.stringify(h), parsed, JSON.stringify(url.domainToASCII(h)), JSON.stringify(url.domainToUnicode(h)));
}
const punycode = require('punycode');
console.log(punycode.toASCII('mañana.com'), punycode.toUnicode('xn--maana-pta.com'));
for (const bad of ['99999999999999999', 'a-é', '#']) {
  try {
    console.log(punycode.decode(bad));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
