// The playground in Chromium: loads clean, runs an example to node's output,
// steps forward and back as the trace says, stops a runaway script, replays
// a CLI trace, fits a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, dist } from './helpers.mjs';

const seeds = path.join(dist, '..', '..', 'js/testdata/conformance/seeds');
const fixture = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/004_timer_queue.jsonl');
let server, url, browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), 'site/dist is missing: run node build.mjs');
  ({ server, url } = await serve());
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

const ready = (page) => page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 60000 });
const finished = (page) => page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 60000 });
const b64 = (s) => Buffer.from(s).toString('base64url');
// consoleText: the console panel's text, scrolled through from the top (it
// draws only the lines in view).
async function consoleText(page) {
  return page.evaluate(async () => {
    const con = document.querySelector('.console');
    const seen = new Map();
    for (let top = 0; ; top += con.clientHeight / 2) {
      con.scrollTop = top;
      con.dispatchEvent(new Event('scroll'));
      for (const l of con.querySelectorAll('.line')) seen.set(parseFloat(l.style.top), l.textContent);
      if (top >= con.scrollHeight) break;
    }
    return [...seen.entries()].sort((a, b) => a[0] - b[0]).map((x) => x[1] + '\n').join('');
  });
}

test('the page loads with no console errors and the engine gets ready', async () => {
  const { page, errors } = await open(browser, url);
  await ready(page);
  // Before Run: one clear message where the panels will be, the console says it is empty.
  assert.match(await page.textContent('.panels .empty-state'), /Nothing has run yet\. Press Run/);
  assert.equal(await page.isVisible('.explain'), false);
  assert.equal(await page.textContent('.console'), '');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.console'), '::before').content), '"(no output yet)"');
  // A link with other code opens it in the open tab.
  await page.evaluate((h) => { location.hash = h; }, 'code=' + b64('console.log("from a link")\n'));
  await page.waitForFunction(() => /from a link/.test(document.querySelector('.cm-content').textContent));
  assert.deepEqual(errors, []);
  await page.close();
});

test('an example runs and the console panel shows node\'s output, with ✔', async () => {
  const name = '004_next_tick_and_promise_queues';
  const want = fs.readFileSync(path.join(seeds, name + '.out'), 'utf8');
  const { page, errors } = await open(browser, url);
  const t0 = Date.now();
  await ready(page);
  await page.selectOption('#examples', name);
  await finished(page);
  const ms = Date.now() - t0;
  await page.waitForFunction(() => document.querySelector('#verdict').textContent !== '');
  assert.match(await page.textContent('#verdict'), /✔/);
  assert.equal(await consoleText(page), want);
  assert.match(await page.textContent('#node-version'), /v20\./);
  const stepMs = await page.evaluate(() => { const t = performance.now(); for (let i = 0; i < 20; i++) document.querySelector('#prev').click(); return (performance.now() - t) / 20; });
  console.log(`# load to first finished run: ${ms} ms; step latency: ${stepMs.toFixed(2)} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an article\'s I/O example runs on the simulated file system, with node\'s output and the poll phase in the trace', async () => {
  const name = '004_io_queue';
  const want = fs.readFileSync(path.join(seeds, '..', 'io', name + '.out'), 'utf8');
  const { page, errors } = await open(browser, url);
  await ready(page);
  await page.selectOption('#examples', name);
  await finished(page);
  await page.waitForFunction(() => document.querySelector('#verdict').textContent !== '');
  assert.match(await page.textContent('#verdict'), /✔/);
  assert.equal(await consoleText(page), want);
  // The readFile callback ran in the poll phase, as a pool completion.
  const inPoll = await page.evaluate(() => {
    let phase = '';
    for (const e of window.evloop.trace.events) {
      if (e.ev === 'phase.enter') phase = e.phase;
      if (e.ev === 'console' && /I\/O Queue/.test(e.text || '')) return phase;
    }
    return null;
  });
  assert.equal(inPoll, 'poll');
  assert.deepEqual(errors, []);
  await page.close();
});

test('stepping forward and back changes the panels as the trace says', async () => {
  const { page } = await open(browser, url + '#ex=004_next_tick_and_promise_queues');
  await ready(page);
  await page.click('#run');
  await finished(page);
  await page.click('#start');
  await page.evaluate(() => document.activeElement.blur()); // keys go to the page, not the editor
  // Step with → until a nextTick callback joins its queue.
  let text = '';
  for (let k = 0; k < 60 && !/joins the nextTick queue/.test(text); k++) {
    await page.keyboard.press('ArrowRight');
    text = await page.textContent('.explain');
  }
  const m = /^(The process\.nextTick callback from line (\d+)) joins the nextTick queue/.exec(text);
  assert.ok(m, text);
  const who = m[1].replace(/^The/, 'the');
  const panel = '[data-panel=nextTick]';
  assert.ok((await page.textContent(panel)).includes(who));
  await page.keyboard.press('ArrowLeft');
  assert.ok(!(await page.textContent(panel)).includes(who), 'one step back, it has not joined yet');
  // Forward to when it runs: it has left the queue and is on the call stack.
  for (let k = 0; k < 200 && !(await page.textContent('.explain')).startsWith(m[1] + ' is pushed'); k++) await page.keyboard.press('ArrowRight');
  assert.ok(!(await page.textContent(panel)).includes(who));
  assert.ok((await page.textContent('[data-panel=stack]')).includes(who));
  // Its line is marked as the running one in the editor.
  assert.equal(await page.getAttribute('.cm-running', 'aria-current'), 'step');
  await page.close();
});

test('Stop ends while(true){} and the page still runs code after', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64('console.log("spin");\nwhile (true) {}\n'));
  await ready(page);
  await page.click('#run');
  await page.waitForFunction(() => /Running/.test(document.querySelector('#status').textContent));
  assert.equal(await page.isEnabled('#stop'), true);
  await page.waitForFunction(() => document.querySelector('.console').textContent.includes('spin'), null, { timeout: 30000 });
  await page.click('#stop');
  await page.waitForFunction(() => /Stopped/.test(document.querySelector('#status').textContent));
  assert.equal(await page.isEnabled('#run'), true);
  assert.match(await page.textContent('.console'), /spin/, 'what it printed before Stop is kept');
  await page.selectOption('#examples', '004_timer_queue');
  await finished(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a JSON-lines trace recorded by the CLI replays', async () => {
  const { page } = await open(browser, url);
  await ready(page);
  await page.setInputFiles('#tracefile', fixture);
  await page.waitForFunction(() => /Replaying/.test(document.querySelector('#status').textContent));
  const n = fs.readFileSync(fixture, 'utf8').trim().split('\n').length;
  assert.equal(await page.evaluate(() => window.evloop.trace.length), n);
  // The trace carries the script: the editor shows it, and a step marks its running line.
  assert.match(await page.textContent('.cm-content'), /setTimeout\(\(\) => \{\s*console\.log\('I am registered into Timer Queue'\);/);
  assert.match(await page.textContent('#status'), /of 004_timer_queue\.js/);
  await page.evaluate(() => document.activeElement.blur());
  for (let k = 0; k < 40 && !/Timer Queue/.test(await page.textContent('.console')); k++) await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('.console'), /I am registered into Timer Queue/);
  assert.match(await page.textContent('.cm-running'), /console\.log\('I am registered into Timer Queue'\)/);
  // An older trace, with the script's name only: the editor says what it lacks
  // rather than keep the previous example.
  const old = path.join(fs.mkdtempSync('/tmp/evloop-replay-'), 'old.jsonl');
  fs.writeFileSync(old, fs.readFileSync(fixture, 'utf8').split('\n').map((l) => l.includes('"script.start"') ? JSON.stringify({ ...JSON.parse(l), text: undefined }) : l).join('\n'));
  await page.setInputFiles('#tracefile', old);
  await page.waitForFunction(() => /Replaying old\.jsonl/.test(document.querySelector('#status').textContent));
  assert.match(await page.textContent('.cm-content'), /does not carry the script's source/);
  await page.click('#end');
  assert.match(await page.textContent('.console'), /Timer Queue/);
  await page.close();
});

test('the page fits a phone', async () => {
  const { page } = await open(browser, url, { width: 390, height: 800 });
  await ready(page);
  await page.click('#run');
  await finished(page);
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(w <= 392, `page is ${w}px wide at 390px`);
  await page.close();
});

test('a racy example shows each order as startupMs crosses 1 ms', async () => {
  for (const [s, first] of [['0', 'setImmediate'], ['1', 'setTimeout']]) {
    const { page } = await open(browser, url + `#ex=racy_timeout_vs_immediate&s=${s}`);
    await ready(page);
    assert.equal(await page.isVisible('#racy'), true);
    await page.click('#run');
    await finished(page);
    await page.waitForFunction(() => document.querySelector('#verdict').textContent !== '');
    assert.match(await page.textContent('#verdict'), /✔/);
    const lines = await page.$$eval('.console .line', (ls) => ls.map((l) => l.textContent));
    assert.equal(lines[4], first, `startupMs=${s}: ${lines}`);
    await page.close();
  }
});

test('a bound that stops the run shows the guest\'s error', async () => {
  const { page } = await open(browser, url + '#code=' + b64('function f() { process.nextTick(f); }\nsetTimeout(f, 1);\n'));
  await ready(page);
  await page.click('#run');
  await finished(page);
  assert.match(await page.textContent('#status'), /nextTick queue never emptied.*exit 1/s);
  assert.match(await page.textContent('.console'), /never emptied/);
  assert.doesNotMatch(await page.textContent('body'), /--max-|github\.com|evloop:/);
  await page.close();
});

test('keyboard: Tab reaches the controls with a visible focus ring; a step\'s why link opens its docs section', async () => {
  const { page, errors } = await open(browser, url + '#ex=004_timer_queue');
  await ready(page);
  await page.focus('#examples');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'run');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused control shows a focus ring');
  // Run, Share (Stop is disabled), then the trace file picker, its label ringed.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tracefile');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement.closest('label')).outlineStyle), 'none');
  await page.focus('#run');
  await page.keyboard.press('Enter'); // runs
  await finished(page);
  await page.click('#start');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const href = await page.getAttribute('.explain a.why', 'href');
  assert.match(href, /^docs\/loop\.html#[a-z-]+$/);
  const doc = fs.readFileSync(path.join(dist, 'docs', 'loop.html'), 'utf8');
  assert.ok(doc.includes(`id="${href.split('#')[1]}"`), `docs/loop.html has no section ${href}`);
  // Every panel is a labelled region.
  const unlabelled = await page.$$eval('[data-panel]', (ps) => ps.filter((p) => !p.getAttribute('aria-label')).length);
  assert.equal(unlabelled, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a SyntaxError points at the reader\'s line', async () => {
  const { page } = await open(browser, url + '#code=' + b64('console.log(1)\nlet x = ;\nconsole.log(2)\n'));
  await ready(page);
  await page.click('#run');
  await finished(page);
  const text = await page.textContent('.console') + await page.textContent('#status');
  assert.match(text, /main\.js:2|Line 2/);
  assert.doesNotMatch(text, /main\.js:[3-9]|Line [3-9]/);
  // The status names the error and its line and column; the console shows
  // node's report: the line, and a caret under column 9.
  assert.match(await page.textContent('#status'), /^SyntaxError: Unexpected token ';' \(\/main\.js:2:9\) · exit 1/);
  const lines = await page.$$eval('.console .line', (ls) => ls.map((l) => l.textContent));
  const at = lines.indexOf('let x = ;');
  assert.ok(at > 0 && lines[at - 1] === '/main.js:2', lines.join('\n'));
  assert.equal(lines[at + 1], '        ^');
  await page.close();
});

test('an uncaught error\'s stack names the reader\'s line and column, as node does', async () => {
  // node 20: "at Timeout._onTimeout (/main.js:2:28)"; a line the module wrapper shares (line 1) included.
  const { page } = await open(browser, url + '#code=' + b64("console.log('a'); function f() { throw new TypeError('bad') }\nsetTimeout(() => { f() }, 1);\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  assert.match(await page.textContent('#status'), /^TypeError: bad · exit 1/);
  const lines = await page.$$eval('.console .line', (ls) => ls.map((l) => l.textContent));
  assert.ok(lines.includes('    at f (/main.js:1:40)'), lines.join('\n'));
  assert.ok(lines.some((l) => /^ {4}at .*\/main\.js:2:\d+\)?$/.test(l)), lines.join('\n'));
  assert.doesNotMatch(lines.join('\n'), /main\.js:[3-9]|github\.com|evloop/);
  await page.close();
});

test('teaching granularity folds empty phases and readFile\'s internals; every libuv step shows them', async () => {
  const { page } = await open(browser, url + '#code=' + b64("const fs = require('fs');\nfs.readFile(__filename, () => console.log('read'));\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  const teach = await page.evaluate(() => window.evloop.trace.steps('teach').map((i) => window.evloop.trace.events[i]));
  const all = await page.evaluate(() => window.evloop.trace.length);
  assert.ok(teach.length * 3 < all, `${teach.length} teaching steps of ${all} events`);
  await page.click('#start');
  const texts = [];
  for (let k = 0; k < teach.length; k++) { await page.click('#next'); texts.push(await page.textContent('.explain')); }
  assert.ok(texts.some((t) => /Your fs\.readFile call on line 2 starts/.test(t)), texts.join('\n'));
  assert.ok(texts.some((t) => /the fs\.readFile callback from line 2 is pushed/.test(t)));
  assert.ok(texts.some((t) => /The loop turns/.test(t)));
  assert.ok(!texts.some((t) => /fs\.(fstat|close)/.test(t)), 'no internal step is shown as the reader\'s');
  await page.check('#every');
  assert.match(await page.textContent('#pos'), new RegExp(`of ${all}$`));
  await page.close();
});

test('example titles and comments make sense on their own: no article numbers, no files a reader cannot open', async () => {
  const { page } = await open(browser, url);
  const titles = await page.$$eval('#examples option', (os) => os.map((o) => o.textContent).filter((t) => t !== 'Examples…'));
  assert.ok(titles.length >= 10, titles.join('\n'));
  for (const t of titles) assert.doesNotMatch(t, /^\d|Article|\.md\b|\.js\b/, t);
  // Each example's comment lines, as the editor shows them.
  const comments = await page.evaluate(() => window.evloop.examples.flatMap((x) => x.code.split('\n').filter((l) => l.startsWith('//'))));
  assert.ok(comments.length >= 10);
  for (const l of comments) assert.doesNotMatch(l, /Article \d|NONDETERMINISTIC|\.md\b|\b(?:seeds|io)\/\w+\.js/, l);
  await page.close();
});

// A line longer than the console is wide wraps onto as many rows as it
// needs, in full, and the next line starts below it: a long error message
// or a JSON dump was cut at the console's right edge.
test('a long console line wraps, whole, and the next line starts below it', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("console.log('x'.repeat(150) + 'END');\nconsole.log('next');\nconsole.error('e'.repeat(300) + 'TAIL');\nconsole.log('last');\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  const lines = await page.evaluate(() => [...document.querySelectorAll('.console .line')].map((l) => {
    const r = l.getBoundingClientRect(), con = l.closest('.console').getBoundingClientRect();
    return { text: l.textContent, top: r.top, bottom: r.bottom, right: r.right, con: con.right, cut: l.scrollWidth > l.clientWidth + 1, h: l.scrollHeight };
  }));
  assert.equal(lines.length, 4, JSON.stringify(lines));
  for (const l of lines) {
    assert.ok(!l.cut && l.right <= l.con, `${l.text.slice(-8)} is cut at the edge`);
    assert.ok(l.h <= l.bottom - l.top + 1, `${l.text.slice(-8)}: ${l.h}px of text in a ${l.bottom - l.top}px row`);
  }
  assert.ok(lines[0].text.endsWith('END') && lines[2].text.endsWith('TAIL'));
  for (let k = 1; k < lines.length; k++) assert.ok(lines[k].top >= lines[k - 1].bottom - 1, `line ${k + 1} overlaps line ${k}`);
  assert.ok(lines[0].bottom - lines[0].top > 18 && lines[2].bottom - lines[2].top > lines[0].bottom - lines[0].top, 'the long lines take several rows');
  // Stepping back to before the long lines and forward again draws the same.
  await page.click('#start');
  assert.equal(await page.evaluate(() => document.querySelectorAll('.console .line').length), 0);
  await page.click('#end');
  assert.equal(await page.evaluate(() => document.querySelectorAll('.console .line').length), 4);
  assert.deepEqual(errors, []);
  await page.close();
});

// Editing while stepping: the steps are still those of the run, so the
// line they mark follows the edits (two lines added above move it down
// two), and the status says the steps show the code as it was.
test('editing while stepping: the marked line follows the edits and the status says the steps are of the run before', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("setTimeout(() => {\n  console.log('t');\n}, 0);\nconsole.log('main');\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  await page.click('#start');
  const marked = () => page.evaluate(() => document.querySelector('.cm-running')?.textContent ?? null);
  for (let k = 0; k < 40 && !/prints “t”/.test(await page.textContent('.explain')); k++) await page.click('#next');
  assert.equal(await marked(), "  console.log('t');");
  await page.click('.cm-content');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('// one\n// two\n');
  await page.click('#prev');
  await page.click('#next');
  assert.match(await page.textContent('.explain'), /prints “t”/);
  assert.equal(await marked(), "  console.log('t');");
  assert.match(await page.textContent('#status'), /You changed the code since: the steps still show that run/);
  await page.click('#run');
  await finished(page);
  assert.doesNotMatch(await page.textContent('#status'), /You changed the code/);
  await page.click('#start');
  for (let k = 0; k < 40 && !/prints “t”/.test(await page.textContent('.explain')); k++) await page.click('#next');
  assert.equal(await marked(), "  console.log('t');");
  assert.deepEqual(errors, []);
  await page.close();
});

// A program that never ends by itself (setInterval) fills the console and
// runs until Stop: after a few seconds the status says so rather than only
// "Running…", and Stop gives the steps of what ran.
test('a setInterval that never ends: the status says Stop ends it; after Stop its steps are there', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("setInterval(() => console.log('tick'), 100);\n"));
  await ready(page);
  await page.click('#run');
  await page.waitForFunction(() => /runs until you press Stop/.test(document.querySelector('#status').textContent), null, { timeout: 15000 });
  // It says how much the run has printed so far: a run seen to go on, not stuck.
  assert.match(await page.textContent('#status'), /Running… \d+ s, [\d,]+ lines printed so far\./);
  assert.equal(await page.isEnabled('#stop'), true);
  await page.click('#stop');
  await page.waitForFunction(() => /Stopped/.test(document.querySelector('#status').textContent), null, { timeout: 30000 });
  assert.ok(Number((await page.textContent('#pos')).match(/of (\d+)/)[1]) > 10);
  assert.match(await page.textContent('.explain'), /stopped/i);
  assert.deepEqual(errors, []);
  await page.close();
});

// Step before any Run runs the code and shows the first step; at the start
// of a run the sentence says the run is ready, not "Press Run" again.
test('Step before Run runs and shows step 1; the start of a run says it is ready, not "Press Run"', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("setTimeout(() => console.log('t'), 0);\nconsole.log('main');\n"));
  await ready(page);
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /^step 1 of \d+$/.test(document.querySelector('#pos').textContent), null, { timeout: 60000 });
  assert.match(await page.textContent('.explain'), /^Node runs the main script/);
  await page.click('#start');
  const n = (await page.textContent('#pos')).match(/of (\d+)/)[1];
  assert.match(await page.textContent('.explain'), new RegExp(`^Before the first step: the run is ready, ${n} steps\\. Step forward`));
  assert.doesNotMatch(await page.textContent('.explain'), /Press Run/);
  assert.deepEqual(errors, []);
  await page.close();
});

// After editing an example, choosing it again in the list brings its code
// back: the list went on showing the example's name, so choosing it again
// changed nothing and the original code could not be had back.
test('an edited example comes back when chosen again from the list', async () => {
  const { page, errors } = await open(browser, url + '#ex=004_timer_queue');
  await ready(page);
  const text = () => page.evaluate(() => document.querySelector('.cm-content').innerText);
  await page.click('.cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nconsole.log("mine");');
  assert.match(await text(), /mine/);
  assert.equal(await page.isVisible('#node'), false);
  assert.notEqual(await page.inputValue('#examples'), '004_timer_queue', 'the list no longer claims the edited code is the example');
  await page.selectOption('#examples', '004_timer_queue');
  await finished(page);
  assert.doesNotMatch(await text(), /mine/);
  assert.equal(await page.isVisible('#node'), true);
  assert.deepEqual(errors, []);
  await page.close();
});

// On a phone the editor's long lines wrap: a line cut at the edge hid its
// end behind a scroll with no scrollbar shown.
test('on a phone the editor wraps long lines', async () => {
  const { page, errors } = await open(browser, url + '#ex=001_start_end_order', { width: 360, height: 800 });
  await ready(page);
  const r = await page.evaluate(() => {
    const sc = document.querySelector('#editor .cm-scroller');
    const lines = [...document.querySelectorAll('#editor .cm-line')];
    return { over: sc.scrollWidth > sc.clientWidth + 1, tall: lines.some((l) => l.getBoundingClientRect().height > 30) };
  });
  assert.equal(r.over, false, 'the editor scrolls sideways');
  assert.equal(r.tall, true, 'a long comment line wraps');
  assert.deepEqual(errors, []);
  await page.close();
});

// A run leaves the reader at its last step, where Step did nothing (and
// said nothing): now it says it starts over, and does; the buttons that
// would do nothing at either end are greyed.
test('at the last step Step says it starts over and does; buttons that would do nothing are greyed', async () => {
  const { page, errors } = await open(browser, url + '#ex=004_timer_queue');
  await ready(page);
  await page.click('#run');
  await finished(page);
  const state = () => page.evaluate(() => ({
    pos: document.querySelector('#pos').textContent, next: document.querySelector('#next').textContent,
    grey: [...document.querySelectorAll('.steps button[aria-disabled=true]')].map((b) => b.id).sort(),
  }));
  const end = await state();
  const [, k, n] = end.pos.match(/step (\d+) of (\d+)/).map(Number);
  assert.equal(k, n, 'the run shows its last step');
  assert.equal(end.next, '↺ From start');
  assert.deepEqual(end.grey, ['end', 'nextcb', 'nextcp', 'nextphase']);
  await page.click('#next');
  const start = await state();
  assert.equal(start.pos, `step 0 of ${n}`);
  assert.match(await page.textContent('.explain'), /^Before the first step/);
  assert.equal(start.next, 'Step ▶');
  assert.deepEqual(start.grey, ['prev', 'start']);
  await page.click('#next');
  assert.equal((await state()).pos, `step 1 of ${n}`);
  assert.deepEqual((await state()).grey, []);
  // Play from the last step starts over too, and stops at the last.
  await page.click('#end');
  await page.evaluate(() => { document.querySelector('#speed').value = '30'; });
  await page.click('#play');
  await page.waitForFunction(() => /Play/.test(document.querySelector('#play').textContent), null, { timeout: 30000 });
  assert.equal((await state()).pos, `step ${n} of ${n}`);
  assert.deepEqual(errors, []);
  await page.close();
});

// A .then on a promise that is rejected never runs: its promise does
// settle, so the step must not say it never does.
test('a .then on a rejected promise: registered, and never runs because the promise is rejected', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("Promise.reject(new Error('no')).then(() => console.log('never')).catch((e) => console.log('caught', e.message));\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  await page.click('#start');
  const seen = [];
  for (let k = 0; k < 12; k++) { await page.click('#next'); seen.push(await page.textContent('.explain')); }
  const then = seen.find((t) => /The \.then callback from line 1 is registered/.test(t));
  assert.ok(then, seen.join('\n'));
  assert.doesNotMatch(then, /does not settle/);
  assert.match(then, /never runs in this run: its promise never settles, or settles the way it does not handle \(rejected, for a \.then/);
  assert.ok(seen.some((t) => /prints “caught no”/.test(t)), seen.join('\n'));
  assert.deepEqual(errors, []);
  await page.close();
});
