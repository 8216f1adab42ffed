// os: tmpdir/homedir read the environment per call, Symbol.toPrimitive on the getters, os.constants not frozen, property descriptors, getPriority/setPriority validation, userInfo({encoding:'buffer'})
const os = require('os');
const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return x && [x.writable, x.enumerable, x.configurable, 'get' in x]; };
console.log(d(os, 'constants'), d(os, 'EOL'), d(os, 'devNull'), d(os, 'hostname'));
console.log(Object.isFrozen(os.constants.errno), Object.isFrozen(os.constants.priority), Object.isFrozen(os.constants.dlopen), Object.getPrototypeOf(os.constants), Object.getPrototypeOf(os.constants.signals));
console.log(Object.keys(os).filter((k) => typeof os[k] === 'function' && os[k][Symbol.toPrimitive]).join(','));
console.log(`${os.endianness}`, +os.availableParallelism > 0, `${os.platform}`, `${os.tmpdir}`.length > 0);
for (const a of [['x'], [1.5], [2 ** 31]]) try { console.log('gp', a, typeof os.getPriority(...a)); } catch (e) { console.log('gp', a, e.code, e.message); }
for (const a of [[0, 100], [0, -21], ['x', 1], [0, 1.5], [0, '1']]) try { console.log('sp', a, os.setPriority(...a)); } catch (e) { console.log('sp', a, e.code, e.message); }
const u = os.userInfo({ encoding: 'buffer' }); console.log(Object.keys(u), Buffer.isBuffer(u.username), Buffer.isBuffer(u.homedir), typeof u.uid);
console.log(Object.getPrototypeOf(os.userInfo()) === null);
const h = process.env.HOME; delete process.env.HOME; console.log(typeof os.homedir()); process.env.HOME = h;
process.env.TMP = '/tt/'; const T = process.env.TMPDIR; delete process.env.TMPDIR; console.log(os.tmpdir()); process.env.TMPDIR = '//'; console.log(os.tmpdir()); process.env.TMPDIR = '';  console.log(os.tmpdir());
const s = os.constants.signals; s.SIGFAKE = 99; console.log(s.SIGFAKE, Object.keys(os.constants));
