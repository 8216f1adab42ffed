// <evloop-demo>: a runnable, steppable event-loop example for a blog post.
//
//	<script src="https://…/widget.js"></script>
//	<evloop-demo expect="start\nend" autoplay panels="loop,stack,timers,check,console">
//	  console.log('start'); setTimeout(() => console.log('end'));
//	</evloop-demo>
//
// Attributes: src (a URL to fetch the code from, instead of the inline
// text), height (CSS length), autoplay, panels (comma list: loop, stack,
// nextTick, promise, timers, pending, idle, poll, check, close, console),
// expect (node's stdout; \n for newlines) → ✔/✘, startup (startupMs), theme
// (light|dark). The engine (worker.js, evloop.wasm) is found next to widget.js.
import { Engine, config, BOUNDS } from './engine.js';
import { Trace, eventsOf } from './model.js';
import { render, renderConsole, LiveOutput, ALL_PANELS, throttled } from './panels.js';
import { describe, traceCut } from './words.js';
import css from './widget.css';
import loopsCss from './loops.css';

const BASE = (document.currentScript && document.currentScript.src) || location.href;
const DOCS = new URL('docs/loop.html', BASE).href;
// One engine module for every widget on the page, fetched and compiled as
// soon as the script loads (widgets share it: engine.js keeps one per URL).
new Engine(BASE).compile().catch(() => {});
const esc = (s) => String(s).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]));

function dedent(s) {
  const lines = s.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const pad = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^\s*/)[0].length));
  return lines.map((l) => l.slice(pad)).join('\n') + '\n';
}
const unescape = (s) => s.replace(/\\n/g, '\n').replace(/\\t/g, '\t');

class EvloopDemo extends HTMLElement {
  static get observedAttributes() { return ['expect']; }

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${css}${loopsCss}</style><div class="wrap" part="body" tabindex="-1">
      <ol class="code" aria-label="the code"></ol>
      <div class="bar" role="toolbar" aria-label="run and step">
        <button class="run primary">Run</button><button class="stop" disabled title="end the run; what it printed is kept">Stop</button><button class="prev" title="step back (← or Shift+Space)" aria-label="step back" aria-keyshortcuts="ArrowLeft Shift+Space">◀</button><button class="next" title="step forward (→ or Space)" aria-label="step forward" aria-keyshortcuts="ArrowRight Space">▶</button><button class="play" title="play or pause (K)" aria-keyshortcuts="K">Play</button>
        <span class="pos" aria-live="polite"></span><span class="verdict" role="status"></span><span class="status" role="status"></span>
      </div>
      <div class="diff" hidden><div><h3>expected (node)</h3><pre class="want"></pre></div><div><h3>evloop printed</h3><pre class="got"></pre></div></div>
      <p class="explain" aria-live="polite"></p><div class="panels"></div><div class="console"></div></div>`;
    const h = this.getAttribute('height');
    if (h) root.querySelector('.wrap').style.maxHeight = /^\d+$/.test(h) ? h + 'px' : h;
    this.engine = new Engine(BASE);
    this.trace = null; this.i = -1; this.timer = null;
    const $ = (s) => root.querySelector(s);
    $('.run').onclick = () => this.run();
    $('.stop').onclick = () => this.engine.stop();
    $('.next').onclick = () => this.step(1);
    $('.prev').onclick = () => this.step(-1);
    $('.play').onclick = () => (this.timer ? this.pause() : this.play());
    // Keys while the widget has focus: Space or → steps forward, Shift+Space
    // or ← back, K plays or pauses; on a button Space and Enter press it.
    root.querySelector('.wrap').addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === ' ' && e.target.closest('button')) return;
      if (key === 'ArrowRight' || (key === ' ' && !e.shiftKey)) { e.preventDefault(); this.step(1); }
      else if (key === 'ArrowLeft' || key === ' ') { e.preventDefault(); this.step(-1); }
      else if (key === 'k') { e.preventDefault(); this.timer ? this.pause() : this.play(); }
    });
    // A pointer over the widget or focus in it usually comes just before a
    // click on Run: the worker starts and instantiates the module then
    // (one per widget, and only for those a reader reaches for).
    const ahead = () => { if (!this.trace && !this.engine.pending && !this.engine.worker) this.engine.warm({ first: true }).catch(() => {}); };
    root.querySelector('.wrap').addEventListener('pointerenter', ahead, { once: true });
    root.querySelector('.wrap').addEventListener('focusin', ahead, { once: true });
    render(root.querySelector('.wrap'), null, -1, { panels: this.panels, emptyText: 'Press <b>Run</b> to run this code in your browser, or <b>▶</b> to step through it from the start.' });
    this.loaded = this.load();
    this.loaded.then(() => { if (this.hasAttribute('autoplay')) this.run(-1).then(() => this.play()); });
  }

  get panels() {
    const p = this.getAttribute('panels');
    return p ? p.split(/[\s,]+/).filter((x) => ALL_PANELS.includes(x)) : ALL_PANELS;
  }

  async load() {
    const src = this.getAttribute('src');
    if (src) {
      const res = await fetch(new URL(src, location.href));
      this.code = res.ok ? await res.text() : `// ${src}: HTTP ${res.status}\n`;
    } else {
      // Upgraded while the parser is still inside the element: wait for its text.
      if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
      this.code = dedent(this.textContent);
    }
    const lines = this.code.replace(/\n$/, '').split('\n');
    this.shadowRoot.querySelector('.code').innerHTML = lines.map((l, k) => `<li data-line="${k + 1}">${esc(l) || ' '}</li>`).join('');
  }

  // step(d): to the next (d > 0) or previous teaching step.
  step(d) {
    if (!this.trace) return d > 0 ? this.run(-1).then(() => this.step(1)) : undefined;
    const s = this.trace.steps(this.mode || 'teach');
    let lo = 0, hi = s.length;
    const at = d > 0 ? this.i : this.i - 1;
    while (lo < hi) { const m = (lo + hi) >> 1; if (s[m] <= at) lo = m + 1; else hi = m; }
    if (d > 0) { if (lo < s.length) this.go(s[lo]); } else this.go(lo > 0 ? s[lo - 1] : -1);
  }

  // run(at): run the code, show the step at (default: the last).
  async run(at) {
    this.pause();
    const $ = (s) => this.shadowRoot.querySelector(s);
    await this.loaded;
    this.result = null; this.verdict(); // a fresh badge per run
    this.mode = 'teach';
    $('.status').textContent = 'running…';
    // Nothing shown yet: the empty panels say the run is on its way, not "Press Run".
    if (!this.trace) render(this.shadowRoot.querySelector('.wrap'), null, -1, { panels: this.panels, emptyText: 'Running the code in your browser… its steps show here when it ends.' });
    $('.run').disabled = true; $('.stop').disabled = false;
    // What the program prints shows at once, before the run ends (and stays on Stop).
    const con = this.panels.includes('console') ? $('.console') : null;
    let live = new LiveOutput();
    const draw = throttled(() => { if (!this.result) renderConsole(con, live, -1); });
    const onOutput = (fd, text) => {
      if (text === null) live = new LiveOutput(); // the run starts over (the worker loaded esbuild first)
      else live.add(fd, text);
      if (con) draw();
    };
    if (con) renderConsole(con, live, -1);
    // While the worker loads esbuild (code that needs it), the status says so.
    const onStage = (stage) => { $('.status').textContent = stage === 'transformer' ? 'loading esbuild (once per page)…' : 'running…'; };
    const r = await this.engine.run(config(this.code, { startupMs: Number(this.getAttribute('startup') ?? 1) }), { onOutput, onStage });
    this.engine.kill(); // one worker per widget is enough while it runs; free it after
    $('.run').disabled = false; $('.stop').disabled = true;
    this.result = r;
    const events = eventsOf(r);
    this.trace = new Trace(events, { source: this.code });
    $('.status').textContent = (describe(r, BOUNDS, events).text + traceCut(r)).trim();
    this.verdict();
    this.go(at ?? this.trace.length - 1);
    this.dispatchEvent(new CustomEvent('evloop-done', { detail: { stdout: r.stdout, ok: this.ok } }));
  }

  verdict() {
    const v = this.shadowRoot.querySelector('.verdict');
    const diff = this.shadowRoot.querySelector('.diff');
    diff.hidden = true;
    if (!this.hasAttribute('expect') || !this.result || this.result.stopped) { v.textContent = ''; v.className = 'verdict'; this.ok = undefined; return; }
    const want = unescape(this.getAttribute('expect')).replace(/\s+$/, '');
    const got = (this.result.stdout || '').replace(/\s+$/, '');
    this.ok = got === want;
    v.textContent = this.ok ? '✔ matches node' : '✘ differs from the expected output';
    v.className = 'verdict ' + (this.ok ? 'ok' : 'bad');
    v.title = this.ok ? 'evloop printed exactly the expected output' : 'expected and printed output are shown below';
    if (!this.ok) {
      diff.hidden = false;
      // Side by side, the lines that differ marked in both.
      const wl = want.split('\n'), gl = got.split('\n');
      const lines = (ls, other) => ls.map((l, k) => `<span class="ln${other[k] !== l ? ' differs' : ''}"${other[k] !== l ? ' title="differs"' : ''}>${esc(l)}</span>`).join('\n');
      diff.querySelector('.want').innerHTML = lines(wl, gl);
      diff.querySelector('.got').innerHTML = got ? lines(gl, wl) : '<span class="ln differs">(nothing)</span>';
    }
  }

  attributeChangedCallback() { if (this.shadowRoot) this.verdict(); }

  go(i) {
    if (!this.trace) return;
    this.i = Math.max(-1, Math.min(this.trace.length - 1, i));
    const teach = (this.mode || 'teach') === 'teach';
    render(this.shadowRoot.querySelector('.wrap'), this.trace, this.i, { panels: this.panels, teach, docs: DOCS, onExpand: (on) => { this.mode = on ? 'all' : 'teach'; this.go(this.i); this.shadowRoot.querySelector('.explain .expand')?.focus(); } });
    const s = this.trace.steps(this.mode || 'teach');
    let k = 0;
    while (k < s.length && s[k] <= this.i) k++;
    this.shadowRoot.querySelector('.pos').textContent = `step ${k} of ${s.length}`;
    const line = this.trace.line(this.i, this.mode || 'teach');
    for (const li of this.shadowRoot.querySelectorAll('.code li')) {
      const on = Number(li.dataset.line) === line;
      li.classList.toggle('current', on);
      if (on) { li.setAttribute('aria-current', 'step'); li.title = 'the line running at this step'; } else { li.removeAttribute('aria-current'); li.removeAttribute('title'); }
    }
  }

  play() {
    if (!this.trace) return;
    if (this.i >= this.trace.length - 1) this.go(-1);
    this.shadowRoot.querySelector('.play').textContent = 'Pause';
    const tick = () => {
      if (this.i >= this.trace.length - 1) return this.pause();
      this.step(1);
      this.timer = setTimeout(tick, 350);
    };
    tick();
  }

  pause() {
    clearTimeout(this.timer); this.timer = null;
    const b = this.shadowRoot && this.shadowRoot.querySelector('.play');
    if (b) b.textContent = 'Play';
  }

  disconnectedCallback() { this.pause(); this.engine && this.engine.stop(); this.engine && this.engine.kill(); }
}

if (!customElements.get('evloop-demo')) customElements.define('evloop-demo', EvloopDemo);
