// The playground on a 375 px phone, step by step: the page never grows
// wider than the screen, not even while a callback flies from its queue to
// the call stack (an animation that pushed the page sideways for half a
// second in the worker examples, a jump a reader sees).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './helpers.mjs';

let server, url, browser;
before(async () => { ({ server, url } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

for (const ex of ['ping_pong', '004_next_tick_and_promise_queues']) {
  test(`375 px phone, ${ex}: no step makes the page wider than the screen, mid-animation included`, async () => {
    const { page, errors } = await open(browser, url + '#ex=' + ex, { width: 375, height: 812 });
    await page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 60000 });
    await page.click('#run');
    await page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
    await page.click('#start');
    const n = Number((await page.textContent('#pos')).match(/of (\d+)/)[1]);
    const wide = [];
    for (let k = 0; k < n; k++) {
      // Measured during the step's animation: two frames after the click.
      const w = await page.evaluate(async () => {
        document.querySelector('#next').click();
        let max = 0;
        for (let f = 0; f < 6; f++) { await new Promise((r) => requestAnimationFrame(r)); max = Math.max(max, document.documentElement.scrollWidth); }
        return max;
      });
      if (w > 376) wide.push(`step ${k + 1}: ${w} px`);
    }
    assert.deepEqual(wide, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
