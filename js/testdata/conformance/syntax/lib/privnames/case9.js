class A { #a; m() { return this.a.#x } }
