var o = { get x(a) {} };
