// #x in o followed by &&, || or ?? (goja's parser gave the node the operator after o, and its compiler refused it)
class H {
  #a = 1;
  static eq(x, y) { return #a in x && #a in y && x.#a === y.#a; }
  static either(x, y) { return #a in x || #a in y; }
  static nn(x) { return #a in x ?? 'never'; }
  static cond(x) { if (#a in x && x.#a > 0) return 'pos'; return 'no'; }
  static chain(x) { return !!x && #a in x && typeof x.#a; }
  static mixed(x) { return (#a in x) === true && #a in x; }
}
const h = new H();
console.log(H.eq(h, new H()), H.eq(h, {}), H.either({}, h), H.either({}, {}), H.nn(h), H.nn({}));
console.log(H.cond(h), H.cond({}), H.chain(h), H.chain(null), H.mixed(h));
