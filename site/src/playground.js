// The playground page: editor, examples, Run/Step/Play, the panels, a
// checked-against-node badge, share by URL, trace replay.
import { EditorView, basicSetup } from 'codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { oneDark } from '@codemirror/theme-one-dark';
import { Compartment } from '@codemirror/state';
import { Engine, config } from './engine.js';
import { Trace, parse } from './model.js';
import { render } from './panels.js';

const EXAMPLES = __EXAMPLES__; // [{name, title, code, out, exit, racy}]
const NODE_VERSION = __NODE_VERSION__;

const $ = (s) => document.querySelector(s);
const engine = new Engine(new URL('./', location.href));
const ui = {
  trace: null, i: -1, timer: null, example: null, lastResult: null,
};
window.evloop = ui; // for tests and the curious

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

// ---- editor
const editor = new EditorView({
  doc: '',
  extensions: [basicSetup, javascript(), cmTheme.of(theme === 'dark' ? oneDark : []), EditorView.updateListener.of((u) => { if (u.docChanged) onEdit(); })],
  parent: $('#editor'),
});
const code = () => editor.state.doc.toString();
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
function onEdit() {
  if (ui.example && code() !== ui.example.code) { ui.example = null; showNode(); }
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
  if (!x || !ui.lastResult || ui.lastResult.stopped) { v.textContent = ''; v.className = 'verdict'; return; }
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
    history.replaceState(null, '', '#' + p.toString());
  }, 300);
}
$('#share').onclick = async () => {
  clearTimeout(hashTimer);
  const p = new URLSearchParams({ code: b64(code()), s: $('#startup').value });
  history.replaceState(null, '', '#' + p.toString());
  try { await navigator.clipboard.writeText(location.href); status('Link copied.'); } catch { status('The link is in the address bar.'); }
};

// ---- running
function status(s, cls = '') { const el = $('#status'); el.textContent = s; el.className = 'status ' + cls; }
async function runCode() {
  pause();
  const startupMs = Number($('#startup').value) || 0;
  $('#run').disabled = true; $('#stop').disabled = false;
  status('Running…');
  const t0 = performance.now();
  const r = await engine.run(config(code(), { startupMs }));
  $('#run').disabled = false; $('#stop').disabled = true;
  ui.lastResult = r;
  if (r.stopped) { status(r.error, 'bad'); verdict(); return; }
  const events = parse(r.trace || '');
  load(new Trace(events), events.length - 1);
  const msg = [];
  if (r.error) msg.push(r.error);
  if (r.stderr) msg.push(r.stderr.trim());
  if (r.truncated) msg.push('(trace truncated)');
  status(`${r.error ? '' : 'Finished'} exit ${r.exitCode ?? '?'} · ${events.length} events · ${(performance.now() - t0).toFixed(0)} ms. ${msg.join(' ')}`, r.error || r.exitCode ? 'bad' : 'ok');
  ui.runs = (ui.runs || 0) + 1;
  ui.firstRunMs ??= performance.now();
  verdict();
}
$('#run').onclick = runCode;
$('#stop').onclick = () => { if (engine.stop()) status('Stopped.', 'bad'); };

// ---- stepping
function load(trace, i = -1) {
  ui.trace = trace;
  const sc = $('#scrub');
  sc.max = String(Math.max(0, trace.length - 1));
  go(i);
}
function go(i) {
  if (!ui.trace) return;
  ui.i = Math.max(-1, Math.min(ui.trace.length - 1, i));
  const t0 = performance.now();
  render($('#view'), ui.trace, ui.i);
  ui.stepMs = performance.now() - t0;
  $('#scrub').value = String(Math.max(0, ui.i));
  $('#pos').textContent = `${ui.i + 1} / ${ui.trace.length}`;
}
const step = (d) => { if (!ui.trace) return runCode().then(() => go(-1)); go(ui.i + d); };
$('#next').onclick = () => step(1);
$('#prev').onclick = () => step(-1);
$('#start').onclick = () => go(-1);
$('#end').onclick = () => ui.trace && go(ui.trace.length - 1);
$('#scrub').oninput = (e) => go(Number(e.target.value));
$('#nextphase').onclick = () => ui.trace && go(ui.trace.next(ui.i, (e) => e.ev === 'phase.enter'));
$('#nextcp').onclick = () => ui.trace && go(ui.trace.next(ui.i, (e) => e.ev === 'checkpoint.start'));
$('#nextcb').onclick = () => ui.trace && go(ui.trace.next(ui.i, (e) => e.ev === 'callback.start'));
function play() {
  if (!ui.trace) return;
  if (ui.i >= ui.trace.length - 1) go(-1);
  $('#play').textContent = '⏸ Pause';
  const tick = () => {
    if (ui.i >= ui.trace.length - 1) return pause();
    go(ui.i + 1);
    ui.timer = setTimeout(tick, 1000 / Number($('#speed').value));
  };
  tick();
}
function pause() { clearTimeout(ui.timer); ui.timer = null; $('#play').textContent = '▶ Play'; }
$('#play').onclick = () => (ui.timer ? pause() : play());
$('#startup').oninput = () => { $('#startup-v').textContent = $('#startup').value + ' ms'; saveHash(); };

document.addEventListener('keydown', (e) => {
  if (e.target.closest && e.target.closest('.cm-editor, input, select, textarea')) return;
  if (e.key === 'ArrowRight') { e.preventDefault(); step(1); }
  else if (e.key === 'ArrowLeft') { e.preventDefault(); step(-1); }
  else if (e.key === ' ') { e.preventDefault(); ui.timer ? pause() : play(); }
  else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') runCode();
});
editor.dom.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); runCode(); } });

// ---- replay a trace recorded by the CLI
async function openTrace(file) {
  const events = parse(await file.text());
  if (!events.length) return status(`${file.name}: no trace events`, 'bad');
  pause();
  ui.example = null; ui.lastResult = null; showNode();
  load(new Trace(events), -1);
  status(`Replaying ${file.name}: ${events.length} events. Step through with → or Play.`, 'ok');
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
engine.compile().then(() => status('Engine ready. Ctrl+Enter runs.'), (err) => status(String(err), 'bad'));
(function fromHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.has('s')) { $('#startup').value = p.get('s'); }
  $('#startup-v').textContent = $('#startup').value + ' ms';
  const x = EXAMPLES.find((e) => e.name === p.get('ex'));
  if (x) return loadExample(x, false);
  if (p.has('code')) { try { return setCode(unb64(p.get('code'))); } catch { /* fall through */ } }
  loadExample(EXAMPLES.find((e) => /001_start_end_order/.test(e.name)) || EXAMPLES[0], false);
})();
