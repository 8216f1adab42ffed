arguments = 1;
