// net's helpers: _normalizeArgs, the autoSelectFamily defaults (kept and checked), _setSimultaneousAccepts; net's keys (no evloop internals)
const net = require('net');
console.log(Object.keys(net).filter((k) => !['_createServerHandle', 'BlockList', 'SocketAddress'].includes(k)).join());
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout(), net.setDefaultAutoSelectFamilyAttemptTimeout(5), net.getDefaultAutoSelectFamilyAttemptTimeout(), net.setDefaultAutoSelectFamilyAttemptTimeout(300), net.getDefaultAutoSelectFamilyAttemptTimeout());
for (const bad of ['x', 0, 1.5]) { try { net.setDefaultAutoSelectFamilyAttemptTimeout(bad); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(net.getDefaultAutoSelectFamily(), net.setDefaultAutoSelectFamily(false), net.getDefaultAutoSelectFamily());
try { net.setDefaultAutoSelectFamily(1); } catch (e) { console.log(e.name, e.code, e.message); }
const show = (a) => JSON.stringify([a[0], typeof a[1]]) + ' ' + a.length + ' ' + Object.getOwnPropertySymbols(a).length;
const f = () => {};
for (const args of [[80, 'h', f], [{ port: 1 }], ['/p'], ['80'], [], [f], [8080, f], [0, 'localhost']]) console.log(show(net._normalizeArgs(args)));
console.log(net._setSimultaneousAccepts(), net._setSimultaneousAccepts());
