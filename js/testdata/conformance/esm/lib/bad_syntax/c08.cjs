var yield = 1;
