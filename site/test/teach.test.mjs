// What the page teaches, as a reader sees it: the running line marked in
// the editor, a few steps per callback (empty phases and readFile's
// internals folded, every libuv step on demand), one plain sentence per
// step with a "why?" link to the rule's section, and no engine names.
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

const b64 = (s) => Buffer.from(s).toString('base64url');
const ready = (page) => page.waitForFunction(() => /ready/i.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
const finished = (page) => page.waitForFunction(() => /exit \d/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
const docIds = new Set([...fs.readFileSync(path.join(dist, 'docs', 'loop.html'), 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));

// walk(page): every step from the start, as the reader sees it: the
// sentence, its why link, the line marked in the editor.
async function walk(page) {
  await page.click('#start');
  const n = Number((await page.textContent('#pos')).match(/of (\d+)/)[1]);
  const seen = [];
  for (let k = 0; k < n; k++) {
    await page.click('#next');
    seen.push(await page.evaluate(() => {
      const cur = document.querySelector('.cm-running');
      const lines = [...document.querySelectorAll('.cm-content .cm-line')];
      return {
        text: document.querySelector('.explain').textContent.replace(/\s*why\?$/, ''),
        why: document.querySelector('.explain a.why')?.getAttribute('href') || null,
        line: cur ? lines.indexOf(cur) + 1 : 0,
        current: cur?.getAttribute('aria-current') || null,
        promise: document.querySelector('[data-panel=promise]')?.textContent || '',
      };
    }));
  }
  return { n, seen };
}

const FS7 = `const fs = require('fs');
console.log('start');
fs.readFile(__filename, (err, data) => {
  console.log('read', data.length);
  setImmediate(() => console.log('immediate'));
});
console.log('end');
`;

test('a 7-line fs snippet is a few steps, one sentence each, readFile\'s internals folded under the call', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64(FS7));
  await ready(page);
  await page.click('#run');
  await finished(page);
  const { n, seen } = await walk(page);
  assert.ok(n <= 30, `${n} steps at teaching granularity`);
  const texts = seen.map((s) => s.text);
  const all = texts.join('\n');
  assert.match(all, /Your fs\.readFile call on line 3 starts: node opens the file, reads its size, reads it and closes it on the thread pool/);
  assert.match(all, /Node has finished your fs\.readFile call on line 3: the fs\.readFile callback from line 3 is pushed onto the call stack/);
  assert.match(all, /The loop turns/);
  assert.match(all, /Before its first iteration, node 20’s libuv runs the timers once/);
  // No engine or library-internal names, no bare ids, no bare "note".
  assert.doesNotMatch(all, /fs\.(fstat|close)\b|readFileAfter|#\d|^note$|github\.com|evloop|goja|\(\*/m);
  // Every "why?" link opens a section of docs/loop.html that exists.
  for (const s of seen) if (s.why) assert.ok(docIds.has(s.why.split('#')[1]), `${s.text}: ${s.why}`);
  assert.ok(seen.filter((s) => s.why).length >= n / 2, 'most steps say why');
  // The running line: the readFile callback's first line when it is pushed, the immediate's line when it runs.
  const cb = seen.find((s) => /fs\.readFile callback from line 3 is pushed/.test(s.text));
  assert.equal(cb.line, 4);
  assert.equal(cb.current, 'step');
  const imm = seen.find((s) => /setImmediate callback from line 5 is pushed/.test(s.text));
  assert.equal(imm.line, 5);
  // Empty "loop turns" steps run no line of the program.
  assert.ok(seen.filter((s) => /^The loop turns/.test(s.text)).every((s) => s.line === 0));
  // Every libuv step: the internal steps are there, each its own step.
  await page.check('#every');
  const total = await page.evaluate(() => window.evloop.trace.length);
  assert.match(await page.textContent('#pos'), new RegExp(`of ${total}$`));
  assert.ok(total > n * 3, `${total} events against ${n} teaching steps`);
  const every = (await walk(page)).seen.map((s) => s.text).join('\n');
  assert.match(every, /Node’s fstat step for your fs\.readFile \(line 3\) joins the thread pool/);
  assert.doesNotMatch(every, /readFileAfter|#\d|github\.com|evloop/);
  // The folded step unfolds in place: its button shows node's own steps, and folds them again.
  await page.uncheck('#every');
  await page.click('#start');
  for (let k = 0; k < n && !/Your fs\.readFile call on line 3 starts/.test(await page.textContent('.explain')); k++) await page.click('#next');
  assert.equal(await page.textContent('.explain .expand'), 'show node’s 3 steps');
  await page.click('.explain .expand');
  assert.equal(await page.isChecked('#every'), true);
  assert.match(await page.textContent('.explain'), /Your fs\.readFile call on line 3 starts.*Node’s own steps for it follow/);
  assert.equal(await page.textContent('.explain .expand'), 'fold them again');
  let text = '';
  for (let k = 0; k < 60 && !/^Node’s open step/.test(text); k++) { await page.click('#next'); text = await page.textContent('.explain'); }
  assert.match(text, /^Node’s open step for your fs\.readFile \(line 3\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

const PROMISES = `const p = new Promise((resolve) => setTimeout(resolve, 10));
p.then(() => console.log('later'));
Promise.resolve().then(() => console.log('now'));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
`;

test('promise reactions: settled at once or waiting for a later callback, said so; the running line follows the callbacks', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64(PROMISES));
  await ready(page);
  await page.click('#run');
  await finished(page);
  const { seen } = await walk(page);
  const all = seen.map((s) => s.text).join('\n');
  assert.match(all, /The \.then callback from line 2 is registered: it waits until its promise settles — here in the setTimeout callback from line 1 — and then joins the promise queue/);
  assert.match(all, /The \.then callback from line 3 is registered on a promise that is already settled, so it joins the promise queue at once/);
  // In the promise queue panel, line 2's reaction waits for its promise; line 3's does not.
  const after = seen.find((s) => /\.then callback from line 3 is registered/.test(s.text));
  assert.match(after.promise, /\.then callback from line 2 \(waits for its promise\)/);
  assert.doesNotMatch(after.promise, /line 3 \(waits/);
  // The line of each running callback is the one marked current.
  for (const [re, line] of [[/process\.nextTick callback from line 5 is pushed/, 5], [/\.then callback from line 3 is pushed/, 3], [/setImmediate callback from line 4 is pushed/, 4], [/\.then callback from line 2 is pushed/, 2]]) {
    const s = seen.find((x) => re.test(x.text));
    assert.ok(s, `no step ${re}`);
    assert.equal(s.line, line, `${s.text}: line ${s.line} marked`);
    assert.equal(s.current, 'step');
  }
  assert.doesNotMatch(all, /waiting or queued|#\d|evloop/);
  assert.deepEqual(errors, []);
  await page.close();
});

// A reaction that never runs (a .catch on a chain that fulfilled, a .then
// on a promise that never settles) waits for its promise while the loop
// runs; once the loop is done it is gone from the promise queue and the
// microtask box: the steps there say nothing is left to run.
test('a reaction that never runs leaves the promise queue when the loop is done', async () => {
  const src = "Promise.resolve(1).then((v) => console.log('got', v)).catch((e) => console.log('never', e));\nnew Promise(() => {}).then(() => console.log('never either'));\nsetTimeout(() => console.log('later'), 5);\n";
  const { page, errors } = await open(browser, url + '#code=' + b64(src));
  await ready(page);
  await page.click('#run');
  await finished(page);
  const { seen } = await walk(page);
  const k = seen.findIndex((s) => /setTimeout callback from line 3 is pushed/.test(s.text));
  assert.ok(k > 0, seen.map((s) => s.text).join('\n'));
  assert.match(seen[k].promise, /\.catch callback from line 1 \(waits for its promise\)/);
  assert.match(seen[k].promise, /\.then callback from line 2 \(waits for its promise\)/);
  const end = seen.findIndex((s) => /Nothing is left to run, so the loop stops/.test(s.text));
  assert.ok(end > k, seen.map((s) => s.text).join('\n'));
  for (const s of seen.slice(end)) assert.doesNotMatch(s.promise, /line [12]/, `${s.text}: the promise queue still shows ${s.promise}`);
  // The last step's loop diagram: its microtask box has no promise chip either.
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-phase=micro] .chip').length), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

// stepTo(page, re): Step until the sentence matches; each step is clicked
// and looked at in one go, so an animation that lasts 450 ms is still
// running when it is looked at, however loaded the machine.
async function stepTo(page, re) {
  for (let k = 0; k < 200; k++) {
    const s = await page.evaluate(() => {
      document.querySelector('#next').click();
      const chips = [...document.querySelectorAll('.loopview .chip')].filter((c) => c.getAnimations().length > 0);
      const say = (c) => `${c.dataset.place}: ${c.textContent}`;
      return {
        text: document.querySelector('.explain').textContent,
        moving: chips.filter((c) => c.classList.contains('moving')).map(say),
        growing: chips.filter((c) => !c.classList.contains('moving') && !c.classList.contains('ghost')).map(say),
        leaving: chips.filter((c) => c.classList.contains('ghost')).map(say),
      };
    });
    if (re.test(s.text)) return s;
  }
  throw new Error(`no step ${re}`);
}
const phaseBox = (page, p) => page.evaluate((p) => {
  const el = document.querySelector(`.loopview [data-phase=${p}]`);
  return { current: el.getAttribute('aria-current'), lit: el.classList.contains('on'), chips: [...el.querySelectorAll('.chip')].map((c) => c.textContent) };
}, p);

test('the loop diagram lights the current phase, lists what waits in each, and moves a callback from its queue to the call stack', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64(FS7));
  await ready(page);
  await page.click('#run');
  await finished(page);
  await page.click('#start');
  await stepTo(page, /The program prints “start”/);
  assert.deepEqual(await phaseBox(page, 'stack'), { current: null, lit: true, chips: ['main script'] });
  assert.match(await page.getAttribute('.loopview', 'aria-label'), /main script runs/);
  const joins = await stepTo(page, /setImmediate callback from line 5 joins/);
  assert.deepEqual(joins.growing, ['check: setImmediate · line 5'], 'it grows into the check box');
  assert.deepEqual(await phaseBox(page, 'poll'), { current: 'step', lit: true, chips: [] });
  assert.deepEqual((await phaseBox(page, 'check')).chips, ['setImmediate · line 5']);
  assert.deepEqual((await phaseBox(page, 'stack')).chips, ['fs.readFile · line 3']);
  assert.match(await page.getAttribute('.loopview', 'aria-label'), /poll \(I\/O\) phase/);
  // It leaves the check box for the call stack, visibly moving there.
  const s = await stepTo(page, /setImmediate callback from line 5 is pushed/);
  assert.deepEqual(s.moving, ['stack: setImmediate · line 5']);
  const check = await phaseBox(page, 'check');
  assert.equal(check.current, 'step');
  assert.deepEqual(check.chips, []);
  assert.equal(await page.$$eval('.loopview [aria-current=step]', (els) => els.length), 1, 'one phase is lit');
  // When it returns it leaves the call stack, fading out where it was.
  const back = await stepTo(page, /setImmediate callback from line 5 returns/);
  assert.deepEqual(back.leaving, ['stack: setImmediate · line 5']);
  assert.deepEqual((await phaseBox(page, 'stack')).chips.filter((c) => !/setImmediate/.test(c)), []);
  assert.deepEqual(errors, []);
  await page.close();
  // With prefers-reduced-motion nothing moves.
  const still = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await still.goto(url + '#code=' + b64(FS7));
  await ready(still);
  await still.click('#run');
  await finished(still);
  await still.click('#start');
  const s2 = await stepTo(still, /setImmediate callback from line 5 is pushed/);
  assert.deepEqual([...s2.moving, ...s2.growing, ...s2.leaving], []);
  const s3 = await stepTo(still, /setImmediate callback from line 5 returns/);
  assert.deepEqual([...s3.moving, ...s3.growing, ...s3.leaving], []);
  await still.close();
});

test('a widget\'s ✘ shows the expected and the printed output side by side, the differing lines marked', async () => {
  for (const width of [900, 390]) {
    const { page, errors } = await open(browser, url + 'examples/widget-demo.html', { width, height: 900 });
    await page.click('#bad >> .run');
    await page.waitForFunction(() => document.getElementById('bad').shadowRoot.querySelector('.verdict').textContent, null, { timeout: 90000 });
    const d = await page.evaluate(() => {
      const r = document.getElementById('bad').shadowRoot;
      const box = (s) => { const b = r.querySelector(s).getBoundingClientRect(); return { left: b.left, right: b.right, top: b.top, w: b.width, h: b.height }; };
      return {
        verdict: r.querySelector('.verdict').textContent,
        heads: [...r.querySelectorAll('.diff h3')].map((h) => h.textContent),
        want: box('.diff .want'), got: box('.diff .got'),
        marked: [...r.querySelectorAll('.diff .got .differs')].map((l) => l.textContent),
        hidden: r.querySelector('.diff').hidden,
      };
    });
    assert.match(d.verdict, /✘/);
    assert.equal(d.hidden, false);
    assert.deepEqual(d.heads, ['expected (node)', 'evloop printed']);
    assert.ok(d.want.w > 40 && d.want.h > 10 && d.got.w > 40, `visible: ${JSON.stringify(d)}`);
    assert.ok(d.want.right <= d.got.left + 1 && Math.abs(d.want.top - d.got.top) < 2, `side by side at ${width}px: ${JSON.stringify(d)}`);
    assert.deepEqual(d.marked, ['nextTick', 'promise']);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

// An uncaught error ends the process: the steps after it (node's 'exit'
// event, the script's return, the loop's end) say so, rather than that the
// event loop takes over or that nothing keeps it alive; a run that ends
// well says what its last, empty turn is (the process's 'exit' event).
test('an uncaught error ends the run: the steps after it say the loop does not go on', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("console.log('a');\nsetImmediate(() => console.log('never'));\nnull.x;\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  let { seen } = await walk(page);
  let texts = seen.map((s) => s.text);
  const k = texts.findIndex((t) => /TypeError/.test(t));
  assert.ok(k > 0, texts.join('\n'));
  assert.match(texts[k], /^Uncaught TypeError: .* nothing catches it, so node prints it with its stack to stderr and ends the process with exit code 1/);
  assert.equal(seen[k].line, 3, 'the error step marks the line that threw');
  const after = texts.slice(k + 1).join('\n');
  assert.doesNotMatch(after, /now the event loop takes over|Nothing keeps the loop alive|The loop goes on|returns; it is popped/, after);
  assert.match(after, /The main script stops at the error, unfinished; it is popped off the call stack/);
  assert.match(after, /The main script ended with an uncaught error, so the event loop does not start/);
  assert.match(texts[texts.length - 1], /^The uncaught error ends the process with exit code 1: what still waited in its queues never runs/);
  // An error in a callback: the same end; a caught one ('uncaughtException') is not fatal.
  await page.goto(url + '#code=' + b64("setTimeout(() => { throw new Error('boom'); }, 0);\nsetTimeout(() => console.log('never'), 5);\n"));
  await page.reload();
  await ready(page);
  await page.click('#run');
  await finished(page);
  texts = (await walk(page)).seen.map((s) => s.text);
  assert.ok(texts.some((t) => /^Uncaught Error: boom — nothing catches it/.test(t)), texts.join('\n'));
  assert.match(texts.join('\n'), /The setTimeout callback from line 1 stops at the error, unfinished/);
  assert.match(texts[texts.length - 1], /^The uncaught error ends the process with exit code 1/);
  // node emits 'exit' once the error has unwound the callback: the callback is
  // popped first, then the process's 'exit' event, then the end (the trace's
  // order: callback.end before the exit phase, no checkpoint after it).
  const popped = texts.findIndex((t) => /stops at the error, unfinished; it is popped off the call stack/.test(t));
  const exitAt = texts.findIndex((t) => /node emits the process’s 'exit' event/.test(t));
  assert.ok(popped > 0 && exitAt > popped, `the callback is popped (step ${popped + 1}) before the 'exit' event (step ${exitAt + 1}):\n${texts.join('\n')}`);
  assert.doesNotMatch(texts.slice(popped).join('\n'), /microtask|checkpoint/i);
  // A run that ends well: its last turn is node's 'exit' event, not "the loop goes on".
  await page.goto(url + '#code=' + b64("process.on('uncaughtException', (e) => console.log('caught', e.message));\nsetTimeout(() => { throw new Error('boom'); }, 0);\n"));
  await page.reload();
  await ready(page);
  await page.click('#run');
  await finished(page);
  texts = (await walk(page)).seen.map((s) => s.text);
  const all = texts.join('\n');
  assert.doesNotMatch(all, /Uncaught|The loop goes on|stops at the error/, all);
  assert.match(all, /Nothing is left to run, so the loop stops: node emits the process’s 'exit' event/);
  assert.match(texts[texts.length - 1], /^Nothing keeps the loop alive any more: the process exits with code 0/);
  assert.deepEqual(errors, []);
  await page.close();
});

// Node's own handles and callbacks are named in words, never by node's
// internal class names (MESSAGEPORT, PROCESSWRAP) or as "your node's own
// code call on line 0"; the thread pool holds the work of a call, not its
// callback.
test('node’s own steps are said in words: no internal class names, no call "on line 0"; the thread pool does the call’s work', async () => {
  const { page, errors } = await open(browser, url);
  await ready(page);
  const texts = {};
  for (const ex of ['sim_fork_self', 'ping_pong', '004_io_queue']) {
    await page.selectOption('#examples', ex);
    await finished(page);
    texts[ex] = (await walk(page)).seen.map((s) => s.text).join('\n');
    assert.doesNotMatch(texts[ex], /\b[A-Z]{5,}\b|line 0\b|your node’s own code|“pipe|callback from line \d+ joins the thread pool/, ex);
  }
  assert.match(texts.sim_fork_self, /Node’s own nextTick callback \(onSpawnNT, queued by your call on line 4\) joins the nextTick queue/);
  assert.match(texts.sim_fork_self, /Node’s own exit handler for the child process \(it emits the child’s 'exit' event\) is pushed onto the call stack/);
  assert.match(texts.sim_fork_self, /Node’s own callback for a finished write to the pipe is pushed/);
  assert.match(texts.ping_pong, /The message port’s close callback \(node’s own\) joins the close-callbacks queue/);
  assert.match(texts['004_io_queue'], /Your fs\.open call on line 6 goes to the thread pool: a worker thread does the work while JavaScript goes on\. Its callback waits until the work is done, then runs in the poll phase/);
  assert.deepEqual(errors, []);
  await page.close();
});

// An ES module, a .catch, fetch and fs/promises: the engine's own names
// (a Go function, a job with no file, node:fs_promises's lines) are not
// the program's; the module's code runs after the main script's turn.
test('ES modules and promise APIs: node’s own jobs in words, the module said to run in the poll phase', async () => {
  const { page, errors } = await open(browser, url);
  await ready(page);
  const run = async (src) => {
    await page.goto(url + '#code=' + b64(src));
    await page.reload();
    await ready(page);
    await page.click('#run');
    await finished(page);
    return (await walk(page)).seen.map((s) => s.text).join('\n');
  };
  const esm = await run("import fs from 'node:fs';\nconst x = await Promise.resolve(1);\nconsole.log('esm', x);\nsetTimeout(() => console.log('t'), 0);\nexport const y = 2;\n");
  assert.match(esm, /Your file is an ES module \(import\/export, or a top-level await\), so node loads it asynchronously/);
  assert.match(esm, /your ES module has not run yet: the event loop takes over and runs it once the module is loaded/);
  assert.match(esm, /A promise job of node’s own \(the ES module loader\) is pushed onto the call stack/);
  assert.match(esm, /The rest of the code after its await \(line 2\) is pushed onto the call stack/);
  const promises = await run("async function main() {\n  const r = await fetch('http://example.com/');\n  console.log(r.status);\n}\nmain().catch((e) => console.log('err', e.message));\nconst fsp = require('fs/promises');\nfsp.readFile(__filename, 'utf8').then((s) => console.log(s.length)).finally(() => console.log('done'));\n");
  assert.match(promises, /The \.catch callback from line 5 is registered/);
  assert.match(promises, /The \.finally callback from line 7 is registered/);
  assert.match(promises, /Your fetch call on line 2 starts/);
  for (const all of [esm, promises]) assert.doesNotMatch(all, /github\.com|\(\*|evloop|goja| at :\d|node:fs_promises|line 2[0-9]{2}\b|<anonymous>|“(?:promise reaction|catch at|load ES module)|node’s own code call/);
  assert.deepEqual(errors, []);
  await page.close();
});

// A folded turn that crosses into a new iteration says where it begins:
// "(iteration 2): close callbacks, timers, pending…" put the end of
// iteration 1 into iteration 2.
test('a turn that crosses into a new iteration says where the new one begins', async () => {
  const { page, errors } = await open(browser, url + '#ex=001_start_end_in_timer');
  await ready(page);
  await page.click('#run');
  await finished(page);
  const all = (await walk(page)).seen.map((s) => s.text).join('\n');
  assert.match(all, /The loop turns: close callbacks, timers; then iteration 2 begins: pending callbacks, idle, prepare, poll \(I\/O\), check \(setImmediate\), close callbacks — nothing to run there/);
  assert.doesNotMatch(all, /\(iteration \d+\): (?:check|close)/);
  // Every libuv step: node's 'exit' event is no phase of the loop's.
  await page.check('#every');
  const every = (await walk(page)).seen.map((s) => s.text).join('\n');
  assert.doesNotMatch(every, /the exit phase|exit phase is over/);
  assert.match(every, /The loop is done: node emits the process’s 'exit' event/);
  assert.deepEqual(errors, []);
  await page.close();
});

// fs.readFile of a file that is not there fails at its open: the steps
// still name the program's readFile, the error has no stray " {" (node's
// report opens the error's properties there), and the phases the trace
// passes after the fatal error are not "the loop turns".
test('a readFile that fails at its open: named as the program’s readFile; the error and what follows said plainly', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("const fs = require('fs');\nfs.readFile('data.txt', 'utf8', (err, d) => { if (err) throw err; console.log(d); });\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  assert.match(await page.textContent('#status'), /^Error: ENOENT: no such file or directory, open 'data\.txt' · exit 1/);
  const texts = (await walk(page)).seen.map((s) => s.text);
  const all = texts.join('\n');
  assert.match(all, /Your fs\.readFile call on line 2 starts: its first step, fs\.open, goes to the thread pool/);
  assert.match(all, /The fs\.readFile callback from line 2 is pushed onto the call stack/);
  assert.match(all, /Uncaught Error: ENOENT: no such file or directory, open 'data\.txt' — nothing catches it/);
  const k = texts.findIndex((t) => /^Uncaught/.test(t));
  assert.doesNotMatch(texts.slice(k).join('\n'), /\{ —|The loop turns|nothing to run there/);
  assert.deepEqual(errors, []);
  await page.close();
});

// A server nobody calls waits forever in node; the page ends the run. That
// is the page's bound, not an uncaught error of the program's.
test('a server with no client: the page ends the run, said as such, not as an uncaught error', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("require('http').createServer((q, r) => r.end('hi')).listen(8080, () => console.log('listening'));\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  assert.match(await page.textContent('#status'), /^The program waits for I\/O that can never come/);
  const { seen } = await walk(page);
  const all = seen.map((s) => s.text).join('\n');
  assert.doesNotMatch(all, /[Uu]ncaught/, all);
  assert.match(seen[seen.length - 1].text, /node would wait here forever, so the page ends the process \(exit code 1\)/);
  assert.ok(seen.some((s) => /^The program waits for I\/O that can never come/.test(s.text) && /#bounds$/.test(s.why || '')), 'the stop step links to the bounds');
  assert.deepEqual(errors, []);
  await page.close();
});

// A file that does not parse never runs: its steps say so, not that the
// error stopped the script midway or that queued work never ran.
test('a syntax error: the steps say none of the script ran', async () => {
  const { page, errors } = await open(browser, url + '#code=' + b64("setTimeout(() => {}, 0);\nconsole.log('a'\n"));
  await ready(page);
  await page.click('#run');
  await finished(page);
  const { seen } = await walk(page);
  const texts = seen.map((s) => s.text);
  const k = texts.findIndex((t) => /SyntaxError/.test(t));
  assert.ok(k > 0, texts.join('\n'));
  assert.match(texts[k], /this is not valid JavaScript\. Node compiles the whole file before running it/);
  const after = texts.slice(k + 1).join('\n');
  assert.doesNotMatch(after, /stops at the error, unfinished|what still waited in its queues never runs/, after);
  assert.match(after, /could not be parsed, so none of it ran and the event loop does not start/);
  assert.match(texts[texts.length - 1], /^The SyntaxError ends the process with exit code 1: none of the script ran/);
  assert.deepEqual(errors, []);
  await page.close();
});
