class A { #x; static h(o) { return #x + 1 } }
