class B extends A { m() { super(); } }
