class A { static has(o) { return #x in o } }
