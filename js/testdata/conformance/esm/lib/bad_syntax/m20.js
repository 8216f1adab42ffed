let q = 1; let q = 2;
