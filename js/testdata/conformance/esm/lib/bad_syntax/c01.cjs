var x = 010;
