// More than one loop in the page: a worker example shows one column per
// loop, and a step where a message is in flight shows it in both — sent by
// one loop, waiting in the other's poll phase, an arrow between them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, dist } from './helpers.mjs';

let server, url, browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), 'site/dist is missing: run node build.mjs');
  ({ server, url } = await serve());
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

// The ids of docs/processes.html's sections, where a step's why link may point.
const docIds = () => new Set([...fs.readFileSync(path.join(dist, 'docs', 'processes.html'), 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
const anchored = (href) => { const [page, id] = href.split('#'); return page.endsWith('processes.html') && docIds().has(id); };
const ready = (page) => page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
const finished = (page) => page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });

// view(root): what a reader sees of the loops at this step.
const view = (root) => {
  const cols = [...root.querySelectorAll('.loopcol')].map((c) => ({
    label: c.getAttribute('aria-label'),
    current: c.getAttribute('aria-current'),
    head: c.querySelector('.loophead').textContent,
    diagram: c.querySelector('.loopview')?.getAttribute('aria-label') || null,
    poll: c.querySelector('.loopview [data-phase=poll]')?.textContent || '',
    chips: [...c.querySelectorAll('.loopview .chip.msg[data-place=poll]')].map((x) => x.getAttribute('title')),
    stack: c.querySelector('.loopview .stackbox')?.textContent || '',
  }));
  const msgs = root.querySelector('[data-panel=messages]');
  return {
    explain: root.querySelector('.explain').textContent,
    cols,
    messages: msgs ? { label: msgs.getAttribute('aria-label'), items: [...msgs.querySelectorAll('li')].map((l) => l.textContent) } : null,
    arrows: [...root.querySelectorAll('svg.arrows path')].map((p) => p.getAttribute('class')),
  };
};

test('a worker example: one column per loop; a message in flight is in the sender’s step, the receiver’s poll phase and an arrow', async () => {
  const { page, errors } = await open(browser, url + '#ex=ping_pong');
  await ready(page);
  await page.click('#run');
  await finished(page);
  assert.match(await page.textContent('#verdict'), /✔/);
  await page.click('#start');
  // Step until the main thread sends message 3: the worker's loop runs by then.
  let v;
  for (let k = 0; k < 100; k++) {
    await page.click('#next');
    v = await page.evaluate(`(${view})(document.querySelector('#view'))`);
    if (/sends message 3/.test(v.explain)) break;
  }
  assert.match(v.explain, /^Main thread: postMessage on line 8 sends message 3 to worker 1/);
  assert.equal(v.cols.length, 2);
  const [main, worker] = v.cols;
  assert.match(main.label, /^main thread: /);
  assert.equal(main.current, 'step', 'the column of the loop that runs is marked');
  assert.match(main.head, /main thread\s+runs now/);
  assert.match(main.diagram, /^main thread’s event loop: poll \(I\/O\) phase/);
  assert.match(main.stack, /✉ message 2/, 'main runs the listener of the message that came in');
  assert.match(worker.label, /^worker 1: poll \(I\/O\) phase/);
  assert.equal(worker.current, null);
  assert.match(worker.diagram, /^worker 1’s event loop: poll/);
  assert.deepEqual(worker.chips, ['message 3 from main thread'], 'the message waits in the worker’s poll phase');
  assert.match(worker.poll, /✉ 3 from main/);
  assert.equal(v.messages.label, 'Messages between loops');
  assert.ok(v.messages.items.some((t) => /message 3: main thread → worker 1, postMessage on line 8 — in flight/.test(t)), v.messages.items.join('\n'));
  assert.ok(v.arrows.includes('inflight'), 'an arrow joins sender and receiver');
  // Its why link is the rule for workers' messages.
  const whyMsg = await page.getAttribute('.explain a.why', 'href');
  assert.match(whyMsg, /processes\.html#a-worker-thread/);
  assert.ok(anchored(whyMsg), `${whyMsg}: no such section in docs/processes.html`);

  // The worker takes it: the message leaves the poll phase for the worker's call stack.
  for (let k = 0; k < 40; k++) {
    await page.click('#next');
    v = await page.evaluate(`(${view})(document.querySelector('#view'))`);
    if (/^Worker 1: Message 3 /.test(v.explain)) break;
  }
  assert.match(v.explain, /Message 3 from main thread \(postMessage on line 8\) runs in the poll phase/);
  assert.equal(v.cols[1].current, 'step');
  assert.deepEqual(v.cols[1].chips, []);
  assert.match(v.cols[1].stack, /✉ message 3/);
  assert.ok(v.messages.items.some((t) => /message 3: main thread → worker 1 — delivered/.test(t)));
  assert.ok(v.arrows.includes('delivering'));
  // A step where another loop took the turn says so, and links the scheduling rule.
  await page.click('#start');
  for (let k = 0; k < 40; k++) {
    await page.click('#next');
    v = await page.evaluate(`(${view})(document.querySelector('#view'))`);
    if (/takes the turn/.test(v.explain)) break;
  }
  assert.match(v.explain, /^Main thread waits, so worker 1 takes the turn \(one loop runs at a time\)\. Worker 1: /);
  const whyTurn = await page.getAttribute('.explain a.why', 'href');
  assert.match(whyTurn, /processes\.html#workers-on-the-virtual-clock/);
  assert.ok(anchored(whyTurn), `${whyTurn}: no such section in docs/processes.html`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a forked child is a column of its own; what crosses the IPC pipe is drawn as data in flight', async () => {
  const { page, errors } = await open(browser, url + '#ex=sim_fork_self');
  await ready(page);
  await page.click('#run');
  await finished(page);
  assert.match(await page.textContent('#verdict'), /✔/);
  await page.click('#start');
  let v;
  // The child's reply, written to the IPC pipe, waits in the parent's poll phase.
  for (let k = 0; k < 120; k++) {
    await page.click('#next');
    v = await page.evaluate(`(${view})(document.querySelector('#view'))`);
    if (v.cols.length === 2 && v.cols[0].chips.length) break;
  }
  assert.equal(v.cols.length, 2);
  assert.match(v.cols[1].label, /^child pid 1001: /);
  assert.deepEqual(v.cols[0].chips, ['data 2 from child pid 1001']);
  assert.ok(v.messages.items.some((t) => /data 2: child pid 1001 → main thread, written on line 13 — in flight/.test(t)), v.messages.items.join('\n'));
  assert.ok(v.arrows.includes('inflight'));
  assert.match(v.explain, /^Child pid 1001: A write to the pipe on line 13 sends data 2 to main thread/);
  const why = await page.getAttribute('.explain a.why', 'href');
  assert.ok(anchored(why) && /simulated-child/.test(why), why);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a single-loop run has no loop columns and no messages panel', async () => {
  const { page, errors } = await open(browser, url + '#ex=' + JSON.parse(fs.readFileSync(path.join(dist, 'examples.json'), 'utf8')).examples.find((x) => /001_start_end_order/.test(x.name)).name);
  await ready(page);
  await page.click('#run');
  await finished(page);
  const v = await page.evaluate(`(${view})(document.querySelector('#view'))`);
  assert.deepEqual(v.cols, []);
  assert.equal(v.messages, null);
  assert.equal(await page.locator('#view [data-panel=loop]').count(), 1);
  assert.doesNotMatch(v.explain, /Main thread:/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the widget runs a worker example: both loops, a message in flight', async () => {
  const { page, errors } = await open(browser, url + 'examples/widget-demo.html', { width: 390, height: 844 });
  await page.click('#worker >> .run');
  await page.waitForFunction(() => document.getElementById('worker').shadowRoot.querySelector('.verdict').textContent, null, { timeout: 90000 });
  const root = () => page.evaluate(`(${view})(document.getElementById('worker').shadowRoot)`);
  assert.match(await page.evaluate(() => document.getElementById('worker').shadowRoot.querySelector('.verdict').textContent), /✔/);
  await page.focus('#worker >> .next');
  await page.keyboard.press('ArrowLeft');
  let v;
  // From the end back to where the worker's reply is in flight.
  for (let k = 0; k < 80; k++) {
    v = await root();
    if (v.cols.length === 2 && v.cols[0].chips.length) break;
    await page.keyboard.press('ArrowLeft');
  }
  assert.equal(v.cols.length, 2);
  assert.deepEqual(v.cols[0].chips, ['message 2 from worker 1']);
  assert.ok(v.messages.items.some((t) => /message 2: worker 1 → main thread, postMessage on line 8 — in flight/.test(t)), v.messages.items.join('\n'));
  assert.ok(v.arrows.includes('inflight'));
  assert.deepEqual(errors, []);
  await page.close();
});
