// localeCompare with locales and options (numeric for natural sort; sensitivity base, accent, case), a locale list, an invalid locale (RangeError), and toLocaleLowerCase/UpperCase with a locale (Turkish dotted and dotless i).
const files = ['file10.txt', 'file9.txt', 'File1.txt', 'file1.txt', 'file2.txt'];
console.log([...files].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
console.log([...files].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
console.log(['a', 'A', 'á', 'b'].map((x) => ['a', 'A', 'á', 'b'].map((y) => x.localeCompare(y, 'en', { sensitivity: 'base' })).join(',')).join(' | '));
console.log(['a', 'A', 'á', 'b'].map((x) => ['a', 'A', 'á', 'b'].map((y) => x.localeCompare(y, 'en', { sensitivity: 'accent' })).join(',')).join(' | '));
console.log(['a', 'A', 'á', 'b'].map((x) => ['a', 'A', 'á', 'b'].map((y) => x.localeCompare(y, 'en', { sensitivity: 'case' })).join(',')).join(' | '));
console.log('ä'.localeCompare('z', 'de'), 'ä'.localeCompare('z', 'sv'), 'ä'.localeCompare('z', ['sv', 'en']));
try { 'a'.localeCompare('b', 'xx-invalid-!!'); } catch (e) { console.log(e.name, e.message); }
console.log('I'.toLocaleLowerCase('tr'), 'i'.toLocaleUpperCase('tr'), 'İ'.toLocaleLowerCase('en-US').length, 'ß'.toLocaleUpperCase('de'), 'Straße'.toLocaleLowerCase(), 'x'.toLocaleUpperCase(['tr', 'en']));
console.log(String.prototype.localeCompare.length, String.prototype.toLocaleLowerCase.name);
console.log(["b", "A", "a", "B", "é", "e", "Z", "ä", "1", "_", "-x"].sort((a, b) => a.localeCompare(b)), "a".localeCompare("A"), "a".localeCompare("A", undefined, { sensitivity: "base" }), "ä".localeCompare("z", "de"), "ä".localeCompare("z", "sv"), "I".toLocaleLowerCase("tr"), "i".toLocaleUpperCase("tr"), "10".localeCompare("9", undefined, { numeric: true }))
