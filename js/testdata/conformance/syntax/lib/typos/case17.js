while (x y) {}
