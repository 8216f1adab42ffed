// readline/promises: question returns a promise of the answer; an aborted signal rejects it with AbortError; readline.promises is the same module.
const readline = require('readline/promises');
const { PassThrough } = require('stream');
console.log(require('readline').promises === readline, typeof readline.Interface, typeof readline.Readline);
const input = new PassThrough();
const rl = readline.createInterface({ input });
(async () => {
  const p = rl.question('q1? ');
  input.write('one\n');
  console.log('a1', await p);
  const ac = new AbortController();
  const q2 = rl.question('q2? ', { signal: ac.signal });
  ac.abort();
  try { await q2; } catch (e) { console.log('q2', e.name, e.code); }
  try { await rl.question('q3?', { signal: AbortSignal.abort() }); } catch (e) { console.log('q3', e.name); }
  rl.close();
  try { await rl.question('late?'); } catch (e) { console.log('after close', e.code); }
})();
