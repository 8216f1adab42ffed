// Class fields whose arrow initializers use this or super get the instance, at a CommonJS module's top level and under callers with any number of arguments; names, private fields, statics referring to the class and printing stay node's.
class First { x = 1; f = () => this.x; }
console.log(new First().f());
class Base { greet() { return 'base'; } }
class Counter extends Base {
  count = 0;
  #secret = 42;
  static instances = 0;
  static create = () => { Counter.instances++; return new Counter(); };
  increment = () => { this.count++; return this.count; };
  reveal = () => this.#secret;
  parent = () => super.greet();
  has(o) { return #secret in o; }
}
const c = Counter.create();
console.log(c.increment(), c.increment(), c.reveal(), c.parent(), c.has(c), c.has({}), Counter.instances, Counter.name);
console.log(c, Object.keys(c), c.increment.name, Counter.create.name);
function make(...args) { class Local { f = () => this; } const l = new Local(); return l.f() === l; }
console.log([0, 1, 2, 3, 4, 5, 6].map((n) => make(...Array(n).fill('s'))).join(' '));
setTimeout((a, b, d, e, f) => console.log(Counter.create().increment(), new Counter().reveal()), 0, 1, 2, 3, 4, 5);
class Plain { static self = this; x = 1; }
console.log(Plain.self === Plain, Plain.name, new Plain());
