class A { #y; m(o) { if (#x in o) return 1; return o.#y } }
