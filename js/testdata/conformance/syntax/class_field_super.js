// A class field whose initializer uses super (super.m(), super[k], a static field's super.x): goja's parser refuses super there, so the file is lowered (fields set in the constructor) and runs as in node.
class A {
  greet() { return 'A.greet'; }
  static kind = 'A';
  static tag() { return 'A.tag'; }
}
class B extends A {
  fromSuper = super.greet() + '+B';
  byKey = super['greet']();
  arrow = () => super.greet();
  plain = 1;
  static kind2 = super.kind + '2';
  static tagged = super.tag();
  constructor() {
    super();
    this.ctor = this.fromSuper.length;
  }
}
const b = new B();
console.log(b.fromSuper, b.byKey, b.arrow(), b.plain, b.ctor, B.kind2, B.tagged);
console.log(Object.keys(b), B.name, b.constructor === B, b instanceof A);
class C extends Object { v = super.hasOwnProperty('v'); }
console.log(new C().v);
