// Parameters goja refused in any list: an object pattern holding an array pattern with a default and defaults inside ({ b: [c = 6] = [] }), in arrows, functions, methods, constructors and async arrows.
const j = (a, { b: [c = 6] = [] } = {}) => c; console.log(j(), j.length);
function f({ b: [d = 4] = [] } = {}) { return d; } console.log(f(), f({ b: [1] }), f.length);
function g(x, { b: [d = 4] = [] }, ...more) { return [x, d, more]; } console.log(g(1, {}, 2, 3));
const o = { m({ items: [first = 'none'] = [] } = {}) { return first; } }; console.log(o.m(), o.m({ items: ['a'] }));
class K { constructor({ opts: [v = 'dflt'] = [] } = {}) { this.v = v; } } console.log(new K().v);
const h = async (a, { b: [c = 7] = [] } = {}) => c; h().then((v) => console.log('async', v));
const bad = ({ b: [c = 6] = [] }) => {
  throw new Error('at ' + c);
};
try { bad({}); } catch (e) { console.log(e.stack.split('\n')[1].replace(/\(.*[\/\\]/, '(')); }
