class A {
  static has(o) {
    const y = 1;
    return #x in o;
  }
}
