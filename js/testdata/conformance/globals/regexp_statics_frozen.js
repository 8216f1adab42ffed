// RegExp's statics exist on a RegExp made non-extensible or frozen before any was read
Object.preventExtensions(RegExp);
/(a)(b)?/.exec('xab');
console.log(RegExp.$1, RegExp.$2, RegExp.lastMatch, Object.getOwnPropertyNames(RegExp).length, Object.isExtensible(RegExp));
Object.freeze(RegExp);
'q1'.replace(/q(\d)/, 'z');
console.log(RegExp.$1, RegExp.leftContext === '', Object.isFrozen(RegExp));
