// process.allowedNodeEnvironmentFlags: node's NodeEnvironmentFlagsSet (has() with or without dashes, underscores, values; frozen).
const s = process.allowedNodeEnvironmentFlags;
console.log(s.size, s.constructor.name, s instanceof Set, Object.isFrozen(s));
for (const k of ['--max-old-space-size', 'max_old_space_size', '--max-old-space-size=100', '-r', '--require', 'require', '--inspect', '--no-such-flag', '--enable-source-maps', '--v8-options', '-e', 1, '--experimental-vm-modules', 'stack-trace-limit', '--stack_trace_limit'])
  console.log(k, s.has(k));
s.add('x'); console.log(s.has('x'), s.delete('--inspect'), s.has('--inspect'));
console.log([...s].length, [...s.keys()].length, [...s.entries()][0]);
let n = 0; s.forEach(() => n++); console.log(n);
console.log(process.allowedNodeEnvironmentFlags === s);
