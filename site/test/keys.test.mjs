// The keys a reader steps with, in Chromium, as the page shows them: Space
// or → steps forward, Shift+Space or ← back, K plays or pauses — on the
// page and on the timeline, never while typing in the editor; on a button
// Space presses that button. The widget the same while it has focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './helpers.mjs';

let server, url, browser;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const finished = (page) => page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
// pos: the "step k of n" the page shows, as [k, n].
const pos = async (page) => (await page.textContent('#pos')).match(/step (\d+) of (\d+)/).slice(1).map(Number);

test('playground: Space and arrows step, K plays, the editor keeps its keys; the keys are shown', async () => {
  const { page, errors } = await open(browser, url + '#ex=004_timer_queue');
  await page.click('#run');
  await finished(page);
  // The keys are on the page and on the buttons.
  assert.match(await page.textContent('#keys'), /Space.*step.*←.*back.*K.*play/);
  assert.match(await page.getAttribute('#next', 'title'), /Space/);
  assert.match(await page.getAttribute('#prev', 'title'), /Shift\+Space/);
  assert.match(await page.getAttribute('#play', 'title'), /K/);

  await page.click('#start');
  const [, n] = await pos(page);
  assert.ok(n > 4, `${n} steps`);
  // Nothing focused: Space steps forward, Shift+Space back, → forward, ← back.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('Space');
  assert.deepEqual(await pos(page), [1, n]);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await pos(page), [3, n]);
  await page.keyboard.press('Shift+Space');
  assert.deepEqual(await pos(page), [2, n]);
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await pos(page), [1, n]);
  assert.equal(await page.textContent('#play'), '▶ Play', 'Space steps: it does not play');

  // On the timeline: Space steps, → moves the slider one step.
  await page.focus('#scrub');
  await page.keyboard.press('Space');
  assert.deepEqual(await pos(page), [2, n]);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await pos(page), [3, n]);
  await page.keyboard.press('Shift+Space');
  assert.deepEqual(await pos(page), [2, n]);

  // K plays and pauses.
  await page.keyboard.press('k');
  assert.equal(await page.textContent('#play'), '⏸ Pause');
  await page.keyboard.press('k');
  assert.equal(await page.textContent('#play'), '▶ Play');
  // Space on the Play button presses it: it plays.
  await page.click('#start');
  await page.focus('#play');
  await page.keyboard.press('Space');
  assert.equal(await page.textContent('#play'), '⏸ Pause');
  await page.keyboard.press('Space');
  assert.equal(await page.textContent('#play'), '▶ Play');

  // In the editor Space is a space: the code changes, the step does not.
  await page.click('#start');
  const before = await page.evaluate(() => window.evloop.i);
  await page.click('.cm-content');
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => window.evloop.i), before);
  assert.match(await page.textContent('.cm-content'), / k/);
  assert.equal(await page.textContent('#play'), '▶ Play');
  assert.deepEqual(errors, []);
  await page.close();
});

test('widget: with focus in it, Space and arrows step, K plays', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html');
  await page.click('#good >> .run');
  await page.waitForFunction(() => document.getElementById('good').shadowRoot.querySelector('.verdict').textContent, null, { timeout: 90000 });
  const wpos = () => page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.pos').textContent);
  const w = () => page.evaluate(() => document.getElementById('good').i);
  assert.match(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.next').title), /Space/);
  // Focus the widget's body (not a button) and step from the start.
  await page.evaluate(() => { const el = document.getElementById('good'); el.go ? el.go(-1) : null; el.shadowRoot.querySelector('.wrap').focus(); });
  const i0 = await w();
  await page.keyboard.press('Space');
  const i1 = await w();
  assert.ok(i1 > i0, `Space stepped forward (${i0} → ${i1}; ${await wpos()})`);
  await page.keyboard.press('ArrowRight');
  const i2 = await w();
  assert.ok(i2 > i1, `→ stepped forward (${i1} → ${i2})`);
  await page.keyboard.press('Shift+Space');
  assert.equal(await w(), i1, 'Shift+Space stepped back');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await w(), i0, '← stepped back');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.play').textContent), 'Pause');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.play').textContent), 'Play');
  assert.deepEqual(errors, []);
  await page.close();
});

// Ctrl+Enter runs the code from wherever the reader is — the startupMs
// slider just moved, the speed slider — and the keys then step the new run:
// the first ← is a step back, not a slider's move. From the editor the
// focus stays in the editor (the reader is writing code): ← moves the caret.
test('playground: after Ctrl+Enter the first arrow key steps, whatever had focus', async () => {
  const { page, errors } = await open(browser, url + '#ex=004_timer_queue');
  await page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 60000 });
  const sliders = () => page.evaluate(() => [document.querySelector('#startup').value, document.querySelector('#speed').value]);
  const was = await sliders();
  for (const from of ['#startup', '#speed']) {
    await page.focus(from);
    const runs = await page.evaluate(() => window.evloop.runs || 0);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction((n) => (window.evloop.runs || 0) > n, runs, { timeout: 90000 });
    await finished(page);
    const [k, n] = await pos(page);
    assert.equal(k, n, `from ${from}: the run shows its last step`);
    await page.keyboard.press('ArrowLeft');
    assert.deepEqual(await pos(page), [n - 1, n], `from ${from}: ← stepped back`);
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await pos(page), [n, n], `from ${from}: → stepped forward`);
    assert.deepEqual(await sliders(), was, `from ${from}: no slider moved`);
  }
  await page.focus('.cm-content');
  const runs = await page.evaluate(() => window.evloop.runs || 0);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((n) => (window.evloop.runs || 0) > n, runs, { timeout: 90000 });
  await finished(page);
  const [k, n] = await pos(page);
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('.cm-editor')), 'from the editor: the focus stays in it');
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await pos(page), [k, n], 'from the editor: ← moved the caret, not the step');
  assert.match(await page.textContent('.cm-content'), /setTimeout/);
  assert.deepEqual(errors, []);
  await page.close();
});
