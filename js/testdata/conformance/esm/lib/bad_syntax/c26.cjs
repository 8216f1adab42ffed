const obj = { a: 1 };; obj?.a = 2;
