// Class instances print with their class name; an empty instance as "Foo {}".
class Foo {
  constructor() {
    this.a = 1;
    this.b = "two";
  }
}
class Empty {}
class Bar extends Foo {}
console.log(new Foo());
console.log(new Empty());
console.log(new Bar());
console.log([new Empty()]);
