if (1) function decl() {}
