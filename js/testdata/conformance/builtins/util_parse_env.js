// util.parseEnv: node 20's dotenv rules (export, quotes, multi-line values, comments, unterminated quotes, keys running to the next =) and process.loadEnvFile
const { parseEnv } = require('util');
const cases = [
  'A=1\nB=2', 'A = spaced  ', 'export X=1', 'export  Y = 2', '# c\nA=1 # inline', 'A="q # not comment" # c',
  "A='single'", 'A=`back`', 'A="line1\\nline2"', "A='no\\nexpand'", 'A="multi\nline"', "A='multi\nsingle'",
  'A=', 'A', '=v', 'A==b', 'A=b=c', 'A="unterminated', "A='un", 'A=#x', 'A= "pad" ', '  A=1\r\nB=2\r\n',
  'A=1\nA=2', 'A.B=1', 'A-B=1', '1A=x', 'A=x\\ny', 'A="a\\"b"', 'A="  sp  "', 'A=  x y  ', 'A=a#b', 'A=a #b',
  'A="x"y', "A='x'y", '\n\n\nA=1\n\n', 'A={"j":1}', 'export', 'exportA=1', 'A="\\t"', 'A=""', "A=''", 'A="x\nB=2',
  'A="x" \nB=3', 'K=v\nexport K2=v2 # c\n#K3=x\n K4 = "v4"', 'A="a"b"', 'A=`a"b\'c`', 'A=\'a"b\'', 'A:1', 'A =  # only comment',
];
for (const c of cases) {
  let r; try { r = JSON.stringify(parseEnv(c)); } catch (e) { r = 'ERR ' + e.code; }
  console.log(JSON.stringify(c), '->', r);
}
for (const bad of [1, undefined, null, Buffer.from('A=1')]) { try { console.log(JSON.stringify(parseEnv(bad))); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(parseEnv.length, parseEnv.name, Object.getPrototypeOf(parseEnv('A=1')) === Object.prototype);
const more = ['=', ' = ', '= v\nB=1', ' # A=1\nB=2', '  #x\n  C=3', 'A=  \nB=1', 'A="x"\n  B = "y" #c\nC', 'export =1', 'export A', 'A\nB=2', 'A="a\\nb\\\\nc"',
  'A=\'x\' trailing\nB=1', 'A=`x\ny` z\nC=1', 'A=\t1\t', '\tA=1', 'A="x', 'A="x\n', 'A=1 # c\n\n# d\nB=2   \n', 'A=é', 'A=" "', 'A=\'\'#c', 'A #=1', 'A=1\nexport B="2"\n'];
for (const c of more) { console.log(JSON.stringify(c), '->', JSON.stringify(parseEnv(c))); }
console.log(Object.keys(require('util')).join());
// process.loadEnvFile: the file's variables into process.env, where not set already
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'penv-'));
const file = path.join(dir, 'x.env');
fs.writeFileSync(file, 'PENV_NEW="v 1"\nPENV_OLD=fromfile\n');
process.env.PENV_OLD = 'kept';
console.log(process.loadEnvFile(file), process.env.PENV_NEW, process.env.PENV_OLD, process.loadEnvFile.length);
try { process.loadEnvFile(path.join(dir, 'nope.env')); } catch (e) { console.log(e.code, e.syscall); }
try { process.loadEnvFile(1); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true });
const u = require('util');
for (const e of [u._errnoException(-104, 'read'), u._errnoException(-2, 'open', 'x.txt'), u._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80), u._exceptionWithHostPort(-98, 'listen', '::', 0, 'l')]) console.log(e.message, e.code, e.errno, e.syscall, e.address, e.port, Object.keys(e));
