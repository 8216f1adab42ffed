// The playground's stdin box: process.stdin reads its text, then its end,
// as `echo … | node main.js` does; node, run here on the same text, is the
// truth. The text travels in a shared link too. The program prints only
// what node orders the same way under any load: no timer beside the input
// (a 0 ms timer and the first chunk race in node, by how soon its loop
// starts and when the pipe has data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serve, launch, open } from './helpers.mjs';

let server, url, browser;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const b64 = (s) => Buffer.from(s).toString('base64url');
const finished = (page) => page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });

const src = [
  "const rl = require('readline').createInterface({ input: process.stdin });",
  "let n = 0;",
  "rl.on('line', (l) => console.log(++n, l.toUpperCase()));",
  "rl.on('close', () => console.log('end of stdin after', n, 'lines'));",
  "console.log('isTTY', process.stdin.isTTY);",
].join('\n');

test('stdin box: the script reads its text as piped input; node prints the same', async () => {
  const input = 'alpha\nbeta\n\ngamma'; // an empty line too (a textarea keeps no \r)
  const want = execFileSync('node', ['-e', src], { input, encoding: 'utf8' }).trimEnd().split('\n');
  const { page, errors } = await open(browser, url + '#code=' + b64(src));
  assert.match(await page.textContent('#stdin-sum'), /empty/);
  await page.click('#stdin-box summary');
  await page.fill('#stdin', input);
  assert.match(await page.textContent('#stdin-sum'), /17 bytes/);
  await page.click('#run');
  await finished(page);
  const text = await page.textContent('.console');
  for (const line of want) assert.ok(text.includes(line), `console lacks node's line ${JSON.stringify(line)}:\n${text}`);
  // node's order: the lines in the order node printed them.
  let at = -1;
  for (const line of want) { const i = text.indexOf(line, at + 1); assert.ok(i > at, `out of node's order at ${JSON.stringify(line)}:\n${text}`); at = i; }
  assert.deepEqual(errors, []);
});

test('stdin box: empty stdin ends at once; a link carries the text', async () => {
  const want = execFileSync('node', ['-e', src], { input: '', encoding: 'utf8' }).trim();
  const { page } = await open(browser, url + '#code=' + b64(src));
  await page.click('#run');
  await finished(page);
  assert.ok((await page.textContent('.console')).includes(want.split('\n').at(-1)), 'the empty stdin ends');

  const linked = await open(browser, url + '#code=' + b64(src) + '&in=' + b64('from a link\n'));
  assert.equal(await linked.page.inputValue('#stdin'), 'from a link\n');
  assert.equal(await linked.page.getAttribute('#stdin-box', 'open'), '');
  await linked.page.click('#run');
  await finished(linked.page);
  assert.match(await linked.page.textContent('.console'), /1 FROM A LINK/);
});
