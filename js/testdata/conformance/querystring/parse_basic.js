// querystring.parse: repeated keys become arrays, '+' is a space, escapes decode, empty pairs are skipped, the result has no prototype.
const qs = require('querystring');
const show = (o) => console.log(JSON.stringify(o), Object.getPrototypeOf(o));
show(qs.parse('a=1&b=2&a=3&c'));
show(qs.parse('name=J%C3%BCrgen+M&x=%20y%2B'));
show(qs.parse('&&a=&=b&c=d=e&'));
show(qs.parse(''));
show(qs.parse(5));
show(qs.parse('a:1;b:2;a:3', ';', ':'));
show(qs.parse('k=v&&k2=v2', '&&', '='));
show(qs.decode('x=1'));
