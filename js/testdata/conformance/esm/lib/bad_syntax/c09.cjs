var static = 1;
