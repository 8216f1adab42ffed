// The console panel as a terminal shows output: a long line wraps at its
// spaces (a word is cut only when it is longer than the whole row), nothing
// runs past the right edge, and lines never overlap — on a desktop and on a
// 375 px phone, with text whose width the page can only guess (wide CJK
// characters, emoji, tabs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './helpers.mjs';

let server, url, browser;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const b64 = (s) => Buffer.from(s).toString('base64url');
const ready = (page) => page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 60000 });
const finished = (page) => page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 60000 });

// layout: each drawn console line, its box, and the words of it that the
// browser split over two rows (a Range over a word gives one rect per row).
const layout = (page) => page.evaluate(() => {
  const con = document.querySelector('.console');
  const c = con.getBoundingClientRect();
  const chw = con.chw || 8;
  const cols = Math.floor((con.clientWidth - 16) / chw);
  return {
    overflow: con.scrollWidth > con.clientWidth + 1,
    lines: [...con.querySelectorAll('.line')].map((l) => {
      const r = l.getBoundingClientRect();
      const split = [];
      const walk = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t; t = walk.nextNode()) {
        for (const m of t.data.matchAll(/[^\s]+/g)) {
          if (m[0].length >= cols) continue; // longer than a row: it has to be cut
          const range = document.createRange();
          range.setStart(t, m.index); range.setEnd(t, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
          if (tops.size > 1) split.push(m[0]);
        }
      }
      return { text: l.textContent, top: r.top, bottom: r.bottom, right: r.right, conRight: c.right, textH: l.scrollHeight, split };
    }),
  };
});

const SRC = [
  "console.log('The event loop runs timers first, then pending callbacks, then polls for I/O, then runs setImmediate callbacks in the check phase.');",
  "console.log('short');",
  "console.log(JSON.stringify({ name: 'evloop', phases: ['timers', 'pending', 'idle', 'prepare', 'poll', 'check', 'close'], node: 20 }));",
  "console.log('x'.repeat(130) + ' end');",
  "console.error(new Error('a rather long error message that certainly needs more than one row on a phone').message);",
  "console.log('wide: ' + '日本語のテキスト'.repeat(6) + ' 🙂🙂🙂 done');",
  "console.log('tab\\tseparated\\tcolumns\\tof\\tvalues\\tthat\\tgo\\ton\\tand\\ton\\tand\\ton\\tand\\ton');",
  "console.log('last');",
].join('\n') + '\n';

for (const [what, viewport] of [['desktop', { width: 1280, height: 900 }], ['a 375 px phone', { width: 375, height: 812 }]]) {
  test(`console (${what}): long lines wrap at spaces, none runs past the edge, none overlaps the next`, async () => {
    const { page, errors } = await open(browser, url + '#code=' + b64(SRC), viewport);
    await ready(page);
    await page.click('#run');
    await finished(page);
    await page.evaluate(() => { document.querySelector('.console').scrollTop = 0; document.querySelector('.console').dispatchEvent(new Event('scroll')); });
    const { overflow, lines } = await layout(page);
    assert.equal(lines.length, 8, lines.map((l) => l.text).join('\n'));
    assert.equal(overflow, false, 'the console scrolls sideways');
    for (const l of lines) {
      assert.deepEqual(l.split, [], `words cut mid-word in “${l.text.slice(0, 40)}…”`);
      assert.ok(l.right <= l.conRight + 1, `“${l.text.slice(0, 30)}…” runs past the right edge`);
      assert.ok(l.textH <= l.bottom - l.top + 1, `“${l.text.slice(0, 30)}…”: ${l.textH}px of text in a ${l.bottom - l.top}px box`);
    }
    for (let k = 1; k < lines.length; k++) {
      assert.ok(lines[k].top >= lines[k - 1].bottom - 1, `line ${k + 1} overlaps line ${k}`);
      assert.ok(lines[k].top <= lines[k - 1].bottom + 1, `a gap between line ${k} and line ${k + 1}`);
    }
    assert.ok(lines[0].bottom - lines[0].top > 18, 'the long sentence takes several rows');
    assert.match(lines[3].text, /^x{130} end$/);
    // Stepping back and forth draws the same lines.
    await page.click('#start');
    await page.click('#end');
    const again = await layout(page);
    assert.deepEqual(again.lines.map((l) => l.text), lines.map((l) => l.text));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

// While a run prints a flood of lines the console shows them as they come,
// drawn some ten times a second rather than at every frame: on a machine
// with two cores the page's drawing took time from the run itself.
test('a run printing 20k lines: the console is drawn at most ~10 times a second while it runs', { timeout: 200000 }, async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("for (let i = 0; i < 20000; i++) console.log('line ' + i);\n"));
  await ready(page);
  await page.evaluate(() => {
    window.draws = 0;
    new MutationObserver(() => { if (document.querySelector('#run').disabled) window.draws++; }).observe(document.querySelector('.console'), { childList: true, subtree: true });
  });
  await page.click('#run');
  const t0 = Date.now();
  await page.waitForFunction(() => /line \d{3,}/.test(document.querySelector('.console').textContent), null, { timeout: 60000, polling: 50 });
  const firstMs = Date.now() - t0;
  await page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 180000, polling: 250 });
  const s = (Date.now() - t0) / 1000;
  const draws = await page.evaluate(() => window.draws);
  console.log(`# 20k lines: ${s.toFixed(1)} s, first lines after ${firstMs} ms, ${draws} console draws while running`);
  assert.ok(draws <= 12 * s + 5, `${draws} draws in ${s.toFixed(1)} s`);
  assert.match(await page.textContent('.console'), /line 19999/);
  assert.deepEqual(errors, []);
  await page.close();
});

// On a phone the console comes right under the loop diagram: below every
// queue panel it was some 1500 px down, out of sight while stepping.
test('on a 375 px phone the console is under the loop diagram, above the queue panels', async () => {
  const { page, errors } = await open(browser, url + '#ex=001_start_end_order', { width: 375, height: 812 });
  await ready(page);
  await page.click('#run');
  await finished(page);
  await page.click('#start');
  for (let k = 0; k < 3; k++) await page.click('#next');
  const r = await page.evaluate(() => {
    const box = (s) => document.querySelector(s).getBoundingClientRect();
    return { loop: box('.panel.loop'), con: box('.console-panel'), timers: box('.panel[data-panel=timers]'), explain: box('.explain'), sw: document.documentElement.scrollWidth };
  });
  assert.ok(r.con.top >= r.loop.bottom && r.con.top - r.loop.bottom < 24, `console at ${r.con.top}, the diagram ends at ${r.loop.bottom}`);
  assert.ok(r.timers.top > r.con.bottom, 'the queue panels come after the console');
  assert.ok(r.loop.top > r.explain.bottom, 'the step’s sentence stays above the diagram');
  assert.ok(r.sw <= 376, `the page is ${r.sw} px wide`);
  assert.match(await page.textContent('.console'), /start/);
  assert.deepEqual(errors, []);
  await page.close();
});

// The widget the same on a phone; and while a run is on its way, the empty
// panels say so rather than "Press Run" beside a "running…".
test('on a 375 px phone the widget’s console is under its loop diagram; a running widget does not say "Press Run"', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html', { width: 375, height: 812 });
  await page.waitForFunction(() => document.getElementById('good').shadowRoot?.querySelector('.code li'));
  await page.click('#good >> .run');
  const during = await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.panels').textContent);
  assert.doesNotMatch(during, /Press Run/);
  assert.match(during, /Running/);
  await page.waitForFunction(() => document.getElementById('good').shadowRoot.querySelector('.verdict').textContent, null, { timeout: 90000 });
  for (let k = 0; k < 4; k++) await page.click('#good >> .prev');
  const r = await page.evaluate(() => {
    const root = document.getElementById('good').shadowRoot;
    const box = (s) => root.querySelector(s).getBoundingClientRect();
    return { loop: box('.panel.loop'), con: box('.console'), stack: box('.panel[data-panel=stack]'), host: document.getElementById('good').getBoundingClientRect() };
  });
  assert.ok(r.con.top >= r.loop.bottom && r.con.top - r.loop.bottom < 20, `console at ${r.con.top}, the diagram ends at ${r.loop.bottom}`);
  assert.ok(r.stack.top > r.con.bottom, 'the queue panels come after the console');
  assert.ok(r.con.right <= r.host.right, 'the console stays inside the widget');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the playground’s empty panels say a first run is on its way', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("setTimeout(() => console.log('late'), 1500);\n"));
  await ready(page);
  // What the panels said from the click on: the run made ahead (the page's
  // opening code) may answer the click before a test can read the panels.
  await page.evaluate(() => {
    window.panelsSaid = [];
    const note = () => window.panelsSaid.push(document.querySelector('.panels').textContent);
    new MutationObserver(note).observe(document.querySelector('#view'), { childList: true, characterData: true, subtree: true });
  });
  await page.click('#run');
  await finished(page);
  assert.ok((await page.evaluate(() => window.panelsSaid)).some((t) => /Running the code/.test(t)), 'the panels said a run was on its way');
  assert.doesNotMatch(await page.textContent('.panels'), /Running the code/);
  assert.deepEqual(errors, []);
  await page.close();
});
