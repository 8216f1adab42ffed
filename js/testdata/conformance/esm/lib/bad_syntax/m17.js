function h(a, a) {}
