// querystring.unescape and unescapeBuffer: percent-decoding, '+' only with decodeSpaces, invalid escapes kept as they are.
const qs = require('querystring');
console.log(qs.unescape('a%20b+c'), qs.unescape('%E0%A4%A'), qs.unescape('100%'));
console.log(qs.unescapeBuffer('a%20b+c'), qs.unescapeBuffer('a%20b+c', true).toString());
console.log(qs.unescapeBuffer('%zz%4'), qs.unescapeBuffer('é%C3%A9').toString());
console.log(Object.keys(qs).sort().join(','));
