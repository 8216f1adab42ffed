function f(o) { return #x in o }
