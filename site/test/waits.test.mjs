// What a reader sees while a run waits on something other than the
// program: esbuild (esm-transform.wasm), the second download the page makes
// only for code that needs it (an ES module, a syntax error to place). It
// took 12 s on a loaded machine, and the page said "Running… 5 s. A
// program that does not end by itself … runs until you press Stop" for a
// console.log with a missing parenthesis. The widget, when the run had to
// start over (the need found only when the module asked), threw on the
// worker's "forget what was printed" and kept the first attempt's lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, open } from './helpers.mjs';

let site, browser;
before(async () => { site = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); site?.server.close(); });

const b64 = (s) => Buffer.from(s).toString('base64url');

test('the playground says it is loading esbuild, not that the program may never end', { timeout: 180000 }, async () => {
  // A syntax error that goja's own parse error does not word (the file has
  // a regular expression, which plainsyntax leaves to esbuild): the module
  // asks for esbuild (to place the error) and the run starts over. A plain
  // typo no longer does (playground.test.mjs).
  const code = "console.log(/a/.test('a');\nconsole.log('b');\n";
  const { page, errors } = await open(browser, site.url + '#code=' + b64(code));
  await page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 60000 });
  await page.evaluate(() => {
    window.statuses = [];
    const el = document.querySelector('#status');
    new MutationObserver(() => window.statuses.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.click('#run');
  await page.waitForFunction(() => !window.evloop.running && /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 150000 });
  const seen = await page.evaluate(() => window.statuses);
  assert.ok(seen.some((s) => /Loading esbuild/.test(s)), `statuses: ${JSON.stringify(seen)}`);
  assert.ok(!seen.some((s) => /does not end by itself/.test(s)), `statuses: ${JSON.stringify(seen)}`);
  // node's words for this mistake (evloop said "Unexpected token ';'" before
  // its SyntaxErrors took V8's wording).
  assert.match(await page.textContent('#status'), /SyntaxError: missing \) after argument list .*exit 1/);
  // The error shows once: the first attempt's output was forgotten.
  const lines = await page.$$eval('.console .line', (ls) => ls.map((l) => l.textContent));
  assert.equal(lines.filter((l) => /^SyntaxError/.test(l)).length, 1, lines.join('\n'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a widget whose run starts over for esbuild shows each line once and says what it waits for', { timeout: 180000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evloop-wait-'));
  // A top-level await with no import: the guess misses, the module asks.
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>a post</title>
<link rel="icon" href="data:,">
<script src="${site.url}widget.js"></script>
<evloop-demo id="w" expect="before\\nafter 1" panels="console">
  console.log('before');
  const x = await Promise.resolve(1);
  console.log('after', x);
</evloop-demo>`);
  const blog = await serve(dir);
  try {
    const { page, errors } = await open(browser, blog.url);
    await page.waitForFunction(() => document.getElementById('w').shadowRoot?.querySelector('.status'));
    await page.evaluate(() => {
      window.statuses = [];
      const el = document.getElementById('w').shadowRoot.querySelector('.status');
      new MutationObserver(() => window.statuses.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#w >> .run');
    await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.verdict').textContent, null, { timeout: 150000 });
    const shadow = (sel) => page.evaluate((sel) => document.getElementById('w').shadowRoot.querySelector(sel).textContent, sel);
    assert.match(await shadow('.verdict'), /✔/);
    const seen = await page.evaluate(() => window.statuses);
    assert.ok(seen.some((s) => /loading esbuild/.test(s)), `statuses: ${JSON.stringify(seen)}`);
    const lines = await page.evaluate(() => [...document.getElementById('w').shadowRoot.querySelectorAll('.console .line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top)).map((l) => l.textContent));
    assert.deepEqual(lines, ['before', 'after 1']);
    assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
    await page.close();
  } finally { blog.server.close(); fs.rmSync(dir, { recursive: true, force: true }); }
});
