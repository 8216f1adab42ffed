// <evloop-demo> in Chromium: ✔ for a right expect, ✘ for a wrong one, src.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, open, dist } from './helpers.mjs';

let server, url, browser;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const shadow = (page, id, sel) => page.evaluate(([id, sel]) => document.getElementById(id).shadowRoot.querySelector(sel).textContent, [id, sel]);

test('the widget shows ✔ for a right expect and ✘ for a wrong one', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html');
  await page.click('#good >> .run');
  await page.click('#bad >> .run');
  await page.waitForFunction(() => ['good', 'bad'].every((id) => document.getElementById(id).shadowRoot.querySelector('.verdict').textContent), null, { timeout: 60000 });
  assert.match(await shadow(page, 'good', '.verdict'), /✔/);
  assert.match(await shadow(page, 'bad', '.verdict'), /✘/);
  assert.match(await shadow(page, 'good', '.console'), /nextTick\s*promise\s*timeout\s*immediate/);
  // src + autoplay: the code came from the file and the run plays.
  assert.match(await shadow(page, 'fromsrc', '.code'), /setImmediate/);
  await page.waitForFunction(() => document.getElementById('fromsrc').trace?.length > 0, null, { timeout: 60000 });
  if (process.env.SCREENSHOTS) await page.locator('#good').screenshot({ path: path.join(dist, '..', 'screenshots', 'widget.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
