// util.types.isProxy sees proxies (revoked ones too, not plain objects); structuredClone refuses a proxy as node does.
const { types } = require('util');
console.log(types.isProxy(new Proxy({}, {})), types.isProxy({}), types.isProxy(new Proxy(function f() {}, {})));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(types.isProxy(proxy), types.isModuleNamespaceObject({}), types.isModuleNamespaceObject(new Proxy({}, {})));
class K {}
for (const t of [{ a: 1 }, [1, 2], new K(), new Map()]) {
  try { structuredClone(new Proxy(t, {})); } catch (e) { console.log(e.name, e.message); }
}
