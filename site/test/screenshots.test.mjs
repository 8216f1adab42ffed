// SCREENSHOTS=1 rewrites site/screenshots/*.png: the playground light and
// dark on a desktop and a phone, mid-run on article 004's microtask example,
// a run an uncaught error ends, and a blog page with two widgets. Skipped otherwise (they change nothing
// a test checks).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, dist } from './helpers.mjs';

const out = path.join(dist, '..', 'screenshots');
const skip = !process.env.SCREENSHOTS && 'set SCREENSHOTS=1 to rewrite site/screenshots';
let server, url, browser;
before(async () => { if (skip) return; ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function playground(theme, viewport, file) {
  const page = await browser.newPage({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(url + '#ex=004_next_tick_and_promise_queues');
  await page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
  await page.click('#run');
  await page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
  // Stop where a callback runs and another waits: the first nextTick callback on the stack.
  await page.click('#start');
  for (let k = 0; k < 80 && !/nextTick callback .* is pushed/.test(await page.textContent('.explain')); k++) await page.click('#next');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
  await page.screenshot({ path: path.join(out, file), fullPage: viewport.width < 600 });
  await page.close();
}

test('playground, light and dark, desktop and phone', { skip, timeout: 600000 }, async () => {
  await playground('light', { width: 1400, height: 1000 }, 'playground-light.png');
  await playground('dark', { width: 1400, height: 1000 }, 'playground-dark.png');
  await playground('light', { width: 390, height: 844 }, 'playground-phone-light.png');
  await playground('dark', { width: 390, height: 844 }, 'playground-phone-dark.png');
});

// An uncaught error: the step that says it ends the process, the queues
// that will never run, the error's whole report wrapped in the console.
test('playground: an uncaught error ends the run', { skip, timeout: 300000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, colorScheme: 'light', reducedMotion: 'reduce' });
  const src = "setImmediate(() => console.log('never runs'));\nconst config = JSON.parse('{\"name\": \"evloop\", \"port\": 8080, \"debug\": true, \"paths\": [\"/a\", \"/b\"], \"retries\": 3, oops}');\n";
  await page.goto(url + '#code=' + Buffer.from(src).toString('base64url'));
  await page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
  await page.click('#run');
  await page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
  await page.click('#start');
  for (let k = 0; k < 40 && !/^Uncaught/.test(await page.textContent('.explain')); k++) await page.click('#next');
  assert.match(await page.textContent('.explain'), /^Uncaught/);
  await page.screenshot({ path: path.join(out, 'playground-error.png') });
  await page.close();
});

test('a blog page with two widgets', { skip, timeout: 300000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, reducedMotion: 'reduce' });
  await page.goto(url + 'examples/widget-demo.html');
  await page.click('#good >> .run');
  await page.click('#bad >> .run');
  await page.waitForFunction(() => ['good', 'bad'].every((id) => document.getElementById(id).shadowRoot.querySelector('.verdict').textContent), null, { timeout: 90000 });
  // The first widget mid-run: back to when the promise callback runs.
  for (let k = 0; k < 80 && !/\.then callback from line 3 is pushed/.test(await page.evaluate(() => document.getElementById('good').shadowRoot.querySelector('.explain').textContent)); k++) await page.click('#good >> .prev');
  // The post down to the end of its second widget.
  const bottom = await page.evaluate(() => { window.scrollTo(0, 0); return Math.ceil(document.getElementById('bad').getBoundingClientRect().bottom + 16); });
  await page.screenshot({ path: path.join(out, 'blog-two-widgets.png'), fullPage: true, clip: { x: 0, y: 0, width: 900, height: bottom } });
  await page.close();
});
