// <evloop-demo> in Chromium: ✔ for a right expect, ✘ for a wrong one, src.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, open, dist } from './helpers.mjs';

let server, url, browser;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const shadow = (page, id, sel) => page.evaluate(([id, sel]) => document.getElementById(id).shadowRoot.querySelector(sel).textContent, [id, sel]);

test('before Run the widget says what to do, with numbered code lines and labelled controls', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html');
  await page.waitForFunction(() => document.getElementById('good').shadowRoot?.querySelector('.code li'));
  assert.match(await shadow(page, 'good', '.empty-state'), /Press Run/);
  // One message, not two: the step sentence waits for a run.
  assert.equal(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.explain').hidden), true);
  const lines = await page.evaluate(() => [...document.getElementById('good').shadowRoot.querySelectorAll('.code li')].map((l) => [l.dataset.line, l.textContent]));
  assert.deepEqual(lines.map((l) => l[0]), ['1', '2', '3', '4']);
  assert.match(lines[0][1], /setTimeout/);
  const labels = await page.evaluate(() => [...document.getElementById('good').shadowRoot.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent));
  assert.deepEqual(labels, ['Run', 'Stop', 'step back', 'step forward', 'Play']);
  assert.equal(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.stop').disabled), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the widget steps with the keyboard and marks the running line', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html');
  await page.click('#good >> .run');
  await page.waitForFunction(() => document.getElementById('good').shadowRoot.querySelector('.verdict').textContent, null, { timeout: 90000 });
  await page.focus('#good >> .next');
  // → until the timer's callback runs: line 1 (setTimeout's callback) is the current one.
  for (let k = 0; k < 80 && !/setTimeout callback from line 1 is pushed/.test(await shadow(page, 'good', '.explain')); k++) await page.keyboard.press('ArrowLeft');
  assert.match(await shadow(page, 'good', '.explain'), /setTimeout callback from line 1 is pushed/);
  assert.equal(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.code li[aria-current=step]')?.dataset.line), '1');
  assert.match(await shadow(page, 'good', '.explain a.why'), /why/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the widget shows ✔ for a right expect and ✘ for a wrong one', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html');
  await page.click('#good >> .run');
  await page.click('#bad >> .run');
  await page.waitForFunction(() => ['good', 'bad'].every((id) => document.getElementById(id).shadowRoot.querySelector('.verdict').textContent), null, { timeout: 60000 });
  assert.match(await shadow(page, 'good', '.verdict'), /✔/);
  assert.match(await shadow(page, 'bad', '.verdict'), /✘/);
  // ✘ shows what node prints and what evloop printed side by side.
  assert.equal(await shadow(page, 'bad', '.diff .want'), 'promise\nnextTick');
  assert.equal(await shadow(page, 'bad', '.diff .got'), 'nextTick\npromise');
  assert.equal(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.diff').hidden), true);
  assert.match(await shadow(page, 'good', '.console'), /nextTick\s*promise\s*timeout\s*immediate/);
  // src + autoplay: the code came from the file and the run plays.
  assert.match(await shadow(page, 'fromsrc', '.code'), /setImmediate/);
  assert.doesNotMatch(await shadow(page, 'fromsrc', '.code'), /Article \d/);
  await page.waitForFunction(() => document.getElementById('fromsrc').trace?.length > 0, null, { timeout: 60000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the widget shows output as it comes, and Stop ends an endless loop keeping it', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html');
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<evloop-demo id="spin" panels="loop,stack,console">console.log(\'before\');\nwhile (true) {}\n</evloop-demo>'));
  await page.waitForFunction(() => document.getElementById('spin').shadowRoot?.querySelector('.code li'));
  await page.click('#spin >> .run');
  await page.waitForFunction(() => /before/.test(document.getElementById('spin').shadowRoot.querySelector('.console').textContent), null, { timeout: 60000 });
  assert.equal(await page.isEnabled('#spin >> .stop'), true);
  await page.click('#spin >> .stop');
  await page.waitForFunction(() => /Stopped/.test(document.getElementById('spin').shadowRoot.querySelector('.status').textContent));
  assert.match(await shadow(page, 'spin', '.status'), /Stopped after [\d.]+ s, as asked\. What it printed before \(1 line\) is kept in the console\./);
  assert.match(await shadow(page, 'spin', '.console'), /before/);
  // The message is said once, in the status: not again as the step's
  // sentence, nor as a line of the program's output.
  const said = await page.evaluate(() => document.getElementById('spin').shadowRoot.querySelector('.wrap').innerText.split('Stopped after').length - 1);
  assert.equal(said, 1, 'the stop message is shown ' + said + ' times');
  assert.equal((await shadow(page, 'spin', '.console')).trim(), 'before');
  assert.match(await shadow(page, 'spin', '.explain'), /stopped/i);
  assert.equal(await page.isEnabled('#spin >> .run'), true);
  assert.equal(await page.isEnabled('#spin >> .stop'), false);
  assert.deepEqual(errors, []);
  await page.close();
});

// On a phone a widget's long code line wraps under its number rather than
// run past the box's edge (scrollable, but with no scrollbar to show it).
test('on a phone the widget’s code wraps: no line runs past the box, numbers stay in their column', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html', { width: 360, height: 800 });
  const lines = await page.evaluate(() => {
    const ol = document.getElementById('good').shadowRoot.querySelector('ol.code');
    const box = ol.getBoundingClientRect();
    return [...ol.querySelectorAll('li')].map((li) => ({ text: li.textContent, cut: li.scrollWidth > li.clientWidth + 1, h: li.getBoundingClientRect().height, left: li.getBoundingClientRect().left - box.left, over: ol.scrollWidth > ol.clientWidth + 1 }));
  });
  assert.ok(lines.length >= 4);
  assert.ok(lines.some((l) => l.h > 25), 'a long line takes two rows');
  for (const l of lines) assert.ok(!l.cut && !l.over, `${l.text} runs past the box`);
  assert.deepEqual(errors, []);
  await page.close();
});
