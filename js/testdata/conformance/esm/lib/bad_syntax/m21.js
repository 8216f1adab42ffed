import x from;
