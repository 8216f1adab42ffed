// Code built at run time (eval, an indirect eval, new Function) groups a
// relational chain to the left as node does (3 > 2 > 1 is false), and a
// long && / || / ?? chain compiles at once (evloop took 2 s at 24 terms,
// doubling with each term).
const e = eval;
console.log(eval('3 > 2 > 1'), e('3 > 2 > 1'), (0, eval)('1 < 2 < 3 < 0'));
console.log(new Function('a', 'b', 'c', 'return a > b > c')(3, 2, 1));
console.log(eval('(3 > 2) > 1'), eval('3 > (2 > 1)'), eval('var o = {x: 1}; "x" in o < 1'));
console.log(eval('1' + '&&1'.repeat(40)), e('0' + '||0'.repeat(40)), eval('null' + '??null'.repeat(40) + '??"last"'));
console.log(new Function('return 1' + '&&2'.repeat(40))());
console.log(eval('let n = 0; const f = () => ++n; f() < f() < f(); n'));
