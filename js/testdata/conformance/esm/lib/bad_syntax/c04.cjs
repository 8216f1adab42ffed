var a; delete a;
