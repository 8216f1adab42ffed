const x = 1;
const { a, b } ;
