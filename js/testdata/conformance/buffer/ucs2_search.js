// indexOf, lastIndexOf and includes with ucs2/utf16le: node searches 16-bit units from the buffer's start, so only even offsets match.
const show = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const b = Buffer.from('abcdef', 'ucs2');
for (const off of [undefined, 0, 1, 2, 3, 4, 5, -1, -3, -4, 100, -100]) {
  show('indexOf c @' + off, () => b.indexOf('c', off, 'ucs2'));
  show('lastIndexOf c @' + off, () => b.lastIndexOf('c', off, 'utf16le'));
  show('includes d @' + off, () => b.includes('d', off, 'ucs-2'));
}
const odd = Buffer.concat([Buffer.from([0]), Buffer.from('xyx', 'ucs2')]);
show('misaligned indexOf y', () => odd.indexOf('y', 0, 'utf16le'));
show('misaligned lastIndexOf x', () => odd.lastIndexOf('x', undefined, 'utf16le'));
show('misaligned utf8 indexOf y', () => odd.indexOf('y'));
show('odd length', () => Buffer.from([0x61, 0, 0x62, 0, 0x63]).indexOf('c', 0, 'ucs2'));
show('odd length b', () => Buffer.from([0x61, 0, 0x62, 0, 0x63]).indexOf('b', 0, 'ucs2'));
show('buffer needle ucs2', () => b.indexOf(Buffer.from('de', 'ucs2'), 1, 'ucs2'));
show('buffer needle ucs2 odd', () => odd.indexOf(Buffer.from('y', 'ucs2'), 0, 'ucs2'));
show('buffer needle utf8', () => odd.indexOf(Buffer.from('y', 'ucs2'), 0));
show('buffer needle bogus enc', () => odd.indexOf(Buffer.from('y', 'ucs2'), 0, 'bogus'));
show('one-byte needle ucs2', () => b.indexOf(Buffer.from([0x62]), 0, 'ucs2'));
show('empty needle', () => b.indexOf('', 3, 'ucs2'));
show('surrogates', () => Buffer.from('a😀b😀', 'ucs2').lastIndexOf('😀', undefined, 'ucs2'));
show('number needle', () => b.indexOf(0x63, 0, 'ucs2'));
const five = Buffer.from([0x61, 0, 0x62, 0, 0x63]);
show('odd length, missing string', () => [five.indexOf('z', 0, 'ucs2'), five.includes('z', 0, 'ucs2')]);
show('odd length, missing buffer', () => [five.indexOf(Buffer.from('z', 'ucs2'), 0, 'ucs2'), five.lastIndexOf(Buffer.from('z', 'ucs2'), undefined, 'ucs2')]);
show('odd length, buffer past the end', () => five.indexOf(Buffer.from('b', 'ucs2'), 4, 'ucs2'));
