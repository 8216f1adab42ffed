const a = { name: 'a' }; a.self = a;
try { JSON.stringify(a) } catch (e) { console.log(e.message) }
const b = { x: { y: { list: [1, {}] } } }; b.x.y.list[1].back = b.x;
try { JSON.stringify(b) } catch (e) { console.log(e.message) }
class Node2 { constructor() { this.next = this } }
try { JSON.stringify([new Node2()]) } catch (e) { console.log(e.message) }
const m = new Map(); const c = { m: [m] }; c.m.push(c);
try { JSON.stringify(c) } catch (e) { console.log(e.message) }
const d = { a: { b: { c: { d: {} } } } }; d.a.b.c.d.e = d.a;
try { JSON.stringify(d) } catch (e) { console.log(e.message) }
const arr = []; arr.push(arr);
try { JSON.stringify(arr) } catch (e) { console.log(e.message) }
const z = Object.create(null); z.z = z;
try { JSON.stringify(z) } catch (e) { console.log(e.message) }
const r = { a: [{}] }; r.a[0].up = r;
try { JSON.stringify(r, (k, v) => v) } catch (e) { console.log(e.message) }
try { JSON.stringify(r, null, 2) } catch (e) { console.log(e.message) }
const t = { toJSON() { return 1 }, back: null }; t.back = t;
console.log(JSON.stringify(t));
try { JSON.stringify({ inner: { toJSON() { return r } } }) } catch (e) { console.log(e.message) }
