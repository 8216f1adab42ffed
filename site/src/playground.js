// The playground page: editor, examples, Run/Step/Play, the panels, a
// checked-against-node badge, share by URL, trace replay.
import { EditorView, lineNumbers, highlightActiveLineGutter, highlightSpecialChars, drawSelection, highlightActiveLine, keymap } from '@codemirror/view';
import { history as editHistory, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { indentOnInput, syntaxHighlighting, defaultHighlightStyle, bracketMatching, StreamLanguage } from '@codemirror/language';
// CodeMirror's legacy JavaScript mode, not @codemirror/lang-javascript: the same colours for a
// snippet, for 25 KB less of the page's first download (lang-javascript's parser also carries
// TypeScript and JSX); what it lacks, folding by syntax, a few-line snippet does not need.
import { javascript as javascriptMode } from '@codemirror/legacy-modes/mode/javascript';
import { oneDark } from '@codemirror/theme-one-dark';
import { ChangeSet, Compartment, StateEffect, StateField } from '@codemirror/state';
import { Decoration } from '@codemirror/view';
import { Engine, config, BOUNDS, mark } from './engine.js';
import { Trace, parse, eventsOf } from './model.js';
import { render, renderConsole, LiveOutput, throttled } from './panels.js';
import { describe, traceCut, LOADING_TRANSFORMER } from './words.js';

const EXAMPLES = __EXAMPLES__; // [{name, title, code, out, exit, racy}]
const NODE_VERSION = __NODE_VERSION__;

mark('script');
const $ = (s) => document.querySelector(s);
const engine = new Engine(new URL('./', location.href));
engine.start(); // fetch and compile the module, start the worker, while the page renders
const ui = {
  trace: null, i: -1, timer: null, example: null, lastResult: null, mode: 'teach', running: false,
};
window.evloop = ui; // for tests and the curious
ui.examples = EXAMPLES;

// ---- theme
const theme = localStorage.getItem('evloop-theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
document.documentElement.dataset.theme = theme;
$('#theme').onclick = () => {
  const t = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  document.documentElement.dataset.theme = t;
  localStorage.setItem('evloop-theme', t);
  editor.dispatch({ effects: cmTheme.reconfigure(t === 'dark' ? oneDark : []) });
};
const cmTheme = new Compartment();

// ---- editor, with the running line marked (from the trace's positions)
const setRunning = StateEffect.define();
const runningLine = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setRunning)) continue;
      const n = e.value;
      if (!n || n > tr.state.doc.lines) return Decoration.none;
      const line = tr.state.doc.line(n);
      return Decoration.set([Decoration.line({ class: 'cm-running', attributes: { 'aria-current': 'step', title: 'the line running at this step' } }).range(line.from)]);
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});
// The editor's setup: CodeMirror's basicSetup without what a snippet's
// reader does not need (autocompletion, search, lint, rectangular
// selection): 2 % of a cold load's bytes.
const basicSetup = [lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), editHistory(), drawSelection(),
  indentOnInput(), syntaxHighlighting(defaultHighlightStyle, { fallback: true }), bracketMatching(), highlightActiveLine(),
  keymap.of([...defaultKeymap, ...historyKeymap])];
const editor = new EditorView({
  doc: '',
  extensions: [basicSetup, StreamLanguage.define(javascriptMode), runningLine, cmTheme.of(theme === 'dark' ? oneDark : []), EditorView.updateListener.of((u) => { if (u.docChanged) onEdit(u.changes); }),
    EditorView.contentAttributes.of({ 'aria-label': 'code editor' }),
    // A long line wraps rather than run past the editor's edge (a phone
    // shows some 40 columns; a line cut there hid its end, with no scrollbar).
    EditorView.lineWrapping],
  parent: $('#editor'),
});
// markLine(n) marks line n as the running one (0: none); a step on the same
// line leaves the editor alone, so stepping through output costs nothing there.
let marked = 0;
function markLine(n) {
  n = ranLine(n);
  if (n === marked) return;
  marked = n;
  const effects = [setRunning.of(n)];
  if (n && n <= editor.state.doc.lines) effects.push(EditorView.scrollIntoView(editor.state.doc.line(n).from, { y: 'nearest' }));
  editor.dispatch({ effects });
}
const code = () => editor.state.doc.toString();
// The code a run ran: its text, and the edits made since. A reader who
// edits while stepping still steps through that run; its lines are
// followed through the edits (a line added above moves the mark down), and
// the status says the steps are of the code as it was.
function ranFrom() { ui.ran = { doc: editor.state.doc, changes: ChangeSet.empty(editor.state.doc.length), told: false }; }
function ranLine(n) {
  const r = ui.ran;
  if (!n || !r || r.changes.empty) return n;
  if (n > r.doc.lines) return 0;
  const pos = r.changes.mapPos(r.doc.line(n).from, 1);
  return editor.state.doc.lineAt(pos).number;
}
function setCode(s) { editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: s } }); }

// ---- examples
const sel = $('#examples');
sel.innerHTML = '<option value="">Examples…</option>' + EXAMPLES.map((x) => `<option value="${x.name}">${x.racy ? '⚠ ' : ''}${x.title}</option>`).join('');
sel.onchange = () => { const x = EXAMPLES.find((e) => e.name === sel.value); if (x) loadExample(x, true); };
function loadExample(x, run) {
  ui.example = x;
  sel.value = x.name;
  setCode(x.code);
  ui.example = x; // setCode cleared it
  showNode();
  if (run) runCode();
}
function onEdit(changes) {
  marked = -1; // the next step marks its line afresh
  if (ui.ran && changes) ui.ran.changes = ui.ran.changes.compose(changes);
  if (ui.ran && ui.trace && !ui.running && !ui.ran.told && !ui.ran.changes.empty) {
    ui.ran.told = true;
    const el = $('#status');
    status(`${el.textContent.replace(/\s*$/, '')} You changed the code since: the steps still show that run (its lines followed through your edits). Run again to step through the new code.`, el.className.replace(/^status\s*/, ''));
  }
  // Edited away from its example: the list says so ("Examples…"), so that
  // choosing the example again is a change that brings its code back.
  if (ui.example && code() !== ui.example.code) { ui.example = null; sel.value = ''; showNode(); }
  saveHash();
}
function showNode() {
  const x = ui.example;
  const box = $('#node');
  if (!x) { box.hidden = true; return; }
  box.hidden = false;
  $('#node-version').textContent = x.alt ? 'node (either order, racy)' : NODE_VERSION;
  $('#node-out').textContent = x.alt ? `${x.out}\n— or —\n\n${x.alt}` : x.out;
  $('#racy').hidden = !x.racy;
  verdict();
}
function verdict() {
  const x = ui.example, v = $('#verdict');
  if (!x || !ui.lastResult || ui.lastResult.stopped || ui.running) { v.textContent = ui.running && x ? 'running…' : ''; v.className = 'verdict'; return; }
  const out = ui.lastResult.stdout;
  const ok = out === x.out || (x.alt != null && out === x.alt);
  const which = x.alt ? (out === x.out ? ' (the timer first: startupMs ≥ 1)' : ' (the immediate first: startupMs < 1)') : '';
  v.textContent = ok ? '✔ evloop prints exactly what node prints' + which : '✘ evloop’s output differs from node’s';
  v.className = 'verdict ' + (ok ? 'ok' : 'bad');
}

// ---- share by URL: #code=<base64url utf-8>&s=<startupMs>
function b64(s) { return btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''); }
function unb64(s) { const b = atob(s.replace(/-/g, '+').replace(/_/g, '/')); return new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0))); }
let hashTimer = null;
function saveHash() {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(() => {
    const p = new URLSearchParams();
    if (ui.example && code() === ui.example.code) p.set('ex', ui.example.name); else p.set('code', b64(code()));
    p.set('s', $('#startup').value);
    if ($('#stdin').value) p.set('in', b64($('#stdin').value));
    history.replaceState(null, '', '#' + p.toString());
  }, 300);
}
$('#share').onclick = async () => {
  clearTimeout(hashTimer);
  const p = new URLSearchParams({ code: b64(code()), s: $('#startup').value });
  if ($('#stdin').value) p.set('in', b64($('#stdin').value));
  history.replaceState(null, '', '#' + p.toString());
  try { await navigator.clipboard.writeText(location.href); status('Link copied.'); } catch { status('The link is in the address bar.'); }
};

// ---- running
const RUNNING = 'Running the code in your browser… Its steps show here when it ends; what it prints shows in the console as it goes.';
function status(s, cls = '') { const el = $('#status'); el.textContent = s; el.className = 'status ' + cls; }
let runSeq = 0;
// runCode({keys}): keys, a run asked for with Ctrl+Enter: when it is done
// the Step button takes the focus (unless the reader has moved it since),
// so that the keys step through the run — the first ← was the startupMs
// slider's, or the speed's, or the editor caret's.
async function runCode({ keys = false } = {}) {
  pause();
  const from = document.activeElement;
  const seq = ++runSeq;
  const startupMs = Number($('#startup').value) || 0;
  $('#run').disabled = true; $('#stop').disabled = false;
  ranFrom();
  ui.running = true; ui.lastResult = null; verdict(); // a fresh badge per run
  status('Running…');
  // Nothing shown yet: the empty panels say the run is on its way, not "Press Run".
  if (!ui.trace) render($('#view'), null, -1, { emptyText: RUNNING });
  const t0 = performance.now();
  // A run that does not end by itself (a setInterval, a server) runs until
  // Stop: after a while the status says so, and that its steps come then.
  // Not while the run waits for esbuild (onStage): that wait is the
  // download's, and the status says so instead.
  let tProgram = t0, loading = false;
  const slow = setInterval(() => {
    if (seq !== runSeq || !ui.running) return clearInterval(slow);
    if (loading) return;
    const s = Math.round((performance.now() - tProgram) / 1000);
    // How much it has printed so far: a long run that prints is seen to go on.
    const n = live.lines.length, printed = n ? `, ${n.toLocaleString('en')} line${n === 1 ? '' : 's'} printed so far` : '';
    if (s >= 5) status(`Running… ${s} s${printed}. A program that does not end by itself (a setInterval, a server) runs until you press Stop; what it printed stays, and you can then step through what ran.`);
  }, 1000);
  const onStage = (stage) => {
    if (seq !== runSeq || !ui.running) return;
    if (stage === 'transformer') { loading = true; status(LOADING_TRANSFORMER); if (!ui.trace) render($('#view'), null, -1, { emptyText: LOADING_TRANSFORMER }); }
    else if (stage === 'start' && loading) { loading = false; tProgram = performance.now(); status('Running…'); }
  };
  // What the program prints shows at once, before the run ends.
  let live = new LiveOutput();
  const draw = throttled(() => { if (seq === runSeq && ui.running) renderConsole($('.console'), live, -1); });
  const onOutput = (fd, text) => {
    if (text === null) live = new LiveOutput(); // the run starts over
    else live.add(fd, text);
    draw();
  };
  renderConsole($('.console'), live, -1);
  const src = code();
  mark('run.click');
  const r = await engine.run(config(src, { startupMs, stdin: $('#stdin').value }), { onOutput, onStage });
  clearInterval(slow);
  if (seq !== runSeq) return; // a newer run took over
  // A big trace takes a second or two to turn into steps: the status says
  // so first, rather than a "Running…" that seems stuck meanwhile.
  const big = (r.events || []).length;
  if (big > 20000) {
    status(`Finished; preparing its ${big.toLocaleString('en')} events for stepping…`);
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    if (seq !== runSeq) return;
  }
  ui.running = false;
  $('#run').disabled = false; $('#stop').disabled = true;
  ui.lastResult = r;
  const events = eventsOf(r);
  load(new Trace(events, { source: src }), events.length - 1);
  const d = describe(r, BOUNDS, events);
  const took = `${events.length} event${events.length === 1 ? "" : "s"} · ${(performance.now() - t0).toFixed(0)} ms`;
  if (r.stopped) status(`${d.text} (${took})${traceCut(r)}`, 'bad');
  else status(`${d.text ? d.text + ' · ' : 'Finished: '}exit ${r.exitCode ?? '?'} · ${took}.${traceCut(r)}`, d.bad || r.exitCode ? 'bad' : 'ok');
  if (!ui.ran.changes.empty) onEdit(null); // edited while it ran: say so now
  if (keys === true && (document.activeElement === from || document.activeElement === document.body)) $('#next').focus({ preventScroll: true });
  ui.runs = (ui.runs || 0) + 1;
  ui.firstRunMs ??= performance.now();
  mark('shown');
  verdict();
  engine.warm().catch(() => {});
}
$('#run').onclick = () => runCode();
$('#stop').onclick = () => engine.stop();

// ---- stepping: ui.i is an event index; the steps are the events a reader
// stops at (teaching granularity, or every event with #every checked).
const DOCS = 'docs/loop.html';
const steps = () => ui.trace.steps(ui.mode);
function load(trace, i = -1) {
  ui.trace = trace;
  layout();
  go(i);
}
function layout() {
  $('#scrub').max = String(Math.max(0, steps().length - 1));
}
// stepOf(i): the position of the last step at or before event i (-1: before the first).
function stepOf(i) {
  const s = steps();
  let lo = 0, hi = s.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (s[m] <= i) lo = m + 1; else hi = m; }
  return lo - 1;
}
function go(i) {
  if (!ui.trace) return;
  ui.i = Math.max(-1, Math.min(ui.trace.length - 1, i));
  const t0 = performance.now();
  render($('#view'), ui.trace, ui.i, { teach: ui.mode === 'teach', docs: DOCS, onExpand: expand });
  const t1 = performance.now();
  markLine(ui.trace.line(ui.i, ui.mode));
  ui.stepMs = performance.now() - t0;
  ui.stepParts = { render: t1 - t0, ...render.ms, editor: ui.stepMs - (t1 - t0) };
  const k = stepOf(ui.i);
  $('#scrub').value = String(Math.max(0, k));
  $('#pos').textContent = `step ${k + 1} of ${steps().length}`;
  ends(k);
}
// ends(k) greys the buttons that would do nothing at step k: ▶| and the
// next-… ones at the last step, Back and |◀ before the first. Step at the
// last step (where a run leaves the reader) starts over from the first,
// and says so: it did nothing there, and the reader saw no reason why.
// Not disabled: a focused button keeps the focus, and the keys work on.
function ends(k) {
  const last = !!ui.trace && k >= steps().length - 1, first = !!ui.trace && k < 0;
  for (const id of ['end', 'nextphase', 'nextcp', 'nextcb']) $('#' + id).setAttribute('aria-disabled', String(last));
  for (const id of ['prev', 'start']) $('#' + id).setAttribute('aria-disabled', String(first));
  $('#next').textContent = last ? '↺ From start' : 'Step ▶';
  $('#next').title = last ? 'the last step: start over from the first (→ or Space)' : 'step forward (→ or Space)';
}
const step = (d) => {
  // Step before any run: run, then show the first step (the one asked for).
  if (!ui.trace) return runCode().then(() => { if (ui.trace) { go(-1); step(1); } });
  const s = steps();
  if (d > 0) { const n = s[stepOf(ui.i) + 1]; go(n != null ? n : -1); } else { const k = stepOf(ui.i - 1); go(k >= 0 ? s[k] : -1); }
};
$('#every').onchange = (e) => { ui.mode = e.target.checked ? 'all' : 'teach'; if (ui.trace) { layout(); go(ui.i); } };
// expand(on): a step that folds node's own steps under the program's call
// unfolds them (every libuv step) or folds them again, staying on the step.
function expand(on) {
  $('#every').checked = on;
  ui.mode = on ? 'all' : 'teach';
  layout(); go(ui.i);
  document.querySelector('.explain .expand')?.focus();
}
$('#next').onclick = () => step(1);
$('#prev').onclick = () => step(-1);
$('#start').onclick = () => go(-1);
$('#end').onclick = () => ui.trace && go(ui.trace.length - 1);
$('#scrub').oninput = (e) => go(steps()[Number(e.target.value)] ?? -1);
$('#nextphase').onclick = () => ui.trace && go(ui.trace.next(ui.i, (e) => e.ev === 'phase.enter'));
$('#nextcp').onclick = () => ui.trace && go(ui.trace.next(ui.i, (e) => e.ev === 'checkpoint.start'));
$('#nextcb').onclick = () => ui.trace && go(ui.trace.next(ui.i, (e) => e.ev === 'callback.start'));
function play() {
  if (!ui.trace) return;
  const atLast = () => stepOf(ui.i) >= steps().length - 1;
  if (atLast()) go(-1);
  $('#play').textContent = '⏸ Pause';
  const tick = () => {
    if (atLast()) return pause(); // not step(1): at the last step it starts over
    step(1);
    ui.timer = setTimeout(tick, 1000 / Number($('#speed').value));
  };
  tick();
}
function pause() { clearTimeout(ui.timer); ui.timer = null; $('#play').textContent = '▶ Play'; }
$('#play').onclick = () => (ui.timer ? pause() : play());
// stdin: the summary says what the box holds while it is closed.
function stdinChanged() {
  const v = $('#stdin').value;
  $('#stdin-sum').textContent = v ? `${new TextEncoder().encode(v).length} bytes` : 'empty';
}
$('#stdin').oninput = () => { stdinChanged(); saveHash(); };
$('#startup').oninput = () => { $('#startup-v').textContent = $('#startup').value + ' ms'; saveHash(); };

// Keys, outside the editor and the form fields: Space or → steps forward,
// Shift+Space or ← back, Home and End go to the start and the end, K or P
// plays or pauses, Ctrl+Enter runs. On a button Space and Enter press it
// (Space on ▶ Play plays); on the timeline ←/→, Home and End move the
// slider (its input event shows the step) and Space steps too.
document.addEventListener('keydown', (e) => {
  const el = e.target instanceof Element ? e.target : document.body;
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { if (!el.closest('.cm-editor')) { e.preventDefault(); runCode({ keys: true }); } return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const onScrub = el.id === 'scrub';
  if (!onScrub && el.closest('.cm-editor, input, select, textarea, a, label, summary')) return;
  if (el.closest('button') && (e.key === ' ' || e.key === 'Enter')) return;
  if (onScrub && /^(Arrow|Home$|End$|Page)/.test(e.key)) return;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'ArrowRight' || (key === ' ' && !e.shiftKey)) { e.preventDefault(); step(1); }
  else if (key === 'ArrowLeft' || key === ' ') { e.preventDefault(); step(-1); }
  else if (key === 'k' || key === 'p') { e.preventDefault(); ui.timer ? pause() : play(); }
  else if (key === 'Home' && ui.trace) { e.preventDefault(); go(-1); }
  else if (key === 'End' && ui.trace) { e.preventDefault(); go(ui.trace.length - 1); }
});
// From the editor the focus stays there: the reader is writing code.
editor.dom.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); runCode(); } });

// ---- replay a trace recorded by the CLI
async function openTrace(file) {
  const events = parse(await file.text());
  if (!events.length) return status(`${file.name}: no trace events`, 'bad');
  pause();
  ui.example = null; ui.lastResult = null; showNode();
  // The CLI's trace carries the main script's source on script.start; an
  // older one only its name: then the editor says so rather than keep the
  // previous example's code.
  const start = events.find((e) => e.ev === 'script.start') || {};
  const script = start.label || 'its script';
  setCode(start.text != null ? start.text : `// Replaying ${file.name}, a trace of ${script}.\n// This trace does not carry the script's source (an older evloop recorded\n// only its name), so the code is not shown here.\n`);
  const t = new Trace(events, { file: script.replace(/^.*\//, ''), source: start.text ?? '' });
  ranFrom();
  load(t, -1);
  status(`Replaying ${file.name}: ${events.length} events, ${t.steps(ui.mode).length} steps${start.text != null ? ` of ${script.replace(/^.*\//, '')}` : ''}. Step through with → or Play.`, 'ok');
}
$('#tracefile').onchange = (e) => e.target.files[0] && openTrace(e.target.files[0]);
document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('drop'); });
document.addEventListener('dragleave', () => document.body.classList.remove('drop'));
document.addEventListener('drop', (e) => {
  e.preventDefault(); document.body.classList.remove('drop');
  const f = e.dataTransfer.files[0];
  if (f) openTrace(f);
});

// ---- start
render($('#view'), null, -1);
engine.compile().then(() => { if (!ui.running && !ui.trace) status('Engine ready. Ctrl+Enter runs.'); }, (err) => status(String(err), 'bad'));
// A link to the page with another #code= or #ex= opens that code, also in an open tab.
window.addEventListener('hashchange', () => fromHash());
fromHash();
// The first instance runs the example the page opened with at once (a
// click on Run soon after finds it done); other code only warms it.
engine.warm({ first: true, ahead: ui.example ? config(code(), { startupMs: Number($('#startup').value) || 0 }) : null }).catch(() => {});
function fromHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.has('s')) { $('#startup').value = p.get('s'); }
  $('#startup-v').textContent = $('#startup').value + ' ms';
  if (p.has('in')) { try { $('#stdin').value = unb64(p.get('in')); $('#stdin-box').open = true; } catch { /* ignore a broken link */ } }
  stdinChanged();
  const x = EXAMPLES.find((e) => e.name === p.get('ex'));
  if (x) return loadExample(x, false);
  if (p.has('code')) { try { return setCode(unb64(p.get('code'))); } catch { /* fall through */ } }
  loadExample(EXAMPLES.find((e) => /001_start_end_order/.test(e.name)) || EXAMPLES[0], false);
}
