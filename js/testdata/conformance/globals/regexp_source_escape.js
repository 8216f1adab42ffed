// RegExp source and toString escape a slash as V8 does: \/ outside a character class, / inside one; line terminators as escapes; toString reads source and flags.
for (const s of ['a/b', '/', 'a\\/b', '[/]', '\n', 'a\\nb', '', '\u2028']) { const r = new RegExp(s); console.log(JSON.stringify(r.source), String(r)); }
console.log(/a\/b/.source, /[/]/.source, RegExp('a/b').toString());
console.log(/x/, new RegExp(''), /a/gi.toString(), RegExp.prototype.toString.call({ source: 's', flags: 'f' }), String(/[\]/]\//), RegExp.prototype.source);
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.name, RegExp.prototype.toString.name, [new RegExp('a/b', 'g')]);
try { RegExp.prototype.toString.call(1) } catch (e) { console.log(e.name) }
