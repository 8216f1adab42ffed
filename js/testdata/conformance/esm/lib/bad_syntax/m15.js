var eval = 1;
