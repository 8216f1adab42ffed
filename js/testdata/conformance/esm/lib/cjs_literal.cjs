function one() { return 1; }
const two = 2;
module.exports = { one, two, three: two };
