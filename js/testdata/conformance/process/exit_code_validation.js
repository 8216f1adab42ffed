// process.exitCode and process.exit(code) take an integer or an integer string; other values throw ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE and leave the code as it was.
const show = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
for (const code of ['', '1 one', 'two', {}, [], true, 1.5, 2n, 2 ** 60, -1.1, '3', 4, null, undefined, '0x10']) {
  show('exitCode = ' + typeof code + ' ' + String(code), () => { process.exitCode = code; return process.exitCode; });
}
show('exit("x")', () => process.exit('x'));
show('exit(1.5)', () => process.exit(1.5));
console.log(Object.getOwnPropertyDescriptor(process, 'exitCode').enumerable, Object.keys(process).includes('exitCode'));
process.on('exit', (code) => console.log('exit', code, typeof code));
process.exitCode = '5';
