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
import { Engine, config } from './engine.js';
import { Trace, parse } from './model.js';
import { render, ALL_PANELS } from './panels.js';
import css from './widget.css';

const BASE = (document.currentScript && document.currentScript.src) || location.href;
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
    root.innerHTML = `<style>${css}</style><div class="wrap" part="body">
      <pre class="code"></pre>
      <div class="bar">
        <button class="run primary">Run</button><button class="prev" title="step back">◀</button><button class="next" title="step">▶</button><button class="play">Play</button>
        <span class="pos"></span><span class="verdict"></span><span class="status"></span>
      </div>
      <p class="explain"></p><div class="panels"></div><div class="console"></div></div>`;
    const h = this.getAttribute('height');
    if (h) root.querySelector('.wrap').style.maxHeight = /^\d+$/.test(h) ? h + 'px' : h;
    this.engine = new Engine(BASE);
    this.trace = null; this.i = -1; this.timer = null;
    const $ = (s) => root.querySelector(s);
    $('.run').onclick = () => this.run();
    $('.next').onclick = () => (this.trace ? this.go(this.i + 1) : this.run(-1));
    $('.prev').onclick = () => this.go(this.i - 1);
    $('.play').onclick = () => (this.timer ? this.pause() : this.play());
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
    this.shadowRoot.querySelector('.code').innerHTML = esc(this.code);
  }

  // run(at): run the code, show the step at (default: the last).
  async run(at) {
    this.pause();
    const $ = (s) => this.shadowRoot.querySelector(s);
    await this.loaded;
    $('.status').textContent = 'running…';
    const r = await this.engine.run(config(this.code, { startupMs: Number(this.getAttribute('startup') ?? 1) }));
    this.engine.kill(); // one worker per widget is enough while it runs; free it after
    this.result = r;
    this.trace = new Trace(parse(r.trace || ''));
    $('.status').textContent = r.error ? r.error : '';
    this.verdict();
    this.go(at ?? this.trace.length - 1);
    this.dispatchEvent(new CustomEvent('evloop-done', { detail: { stdout: r.stdout, ok: this.ok } }));
  }

  verdict() {
    const v = this.shadowRoot.querySelector('.verdict');
    if (!this.hasAttribute('expect') || !this.result) { v.textContent = ''; this.ok = undefined; return; }
    const want = unescape(this.getAttribute('expect')).replace(/\s+$/, '');
    this.ok = (this.result.stdout || '').replace(/\s+$/, '') === want;
    v.textContent = this.ok ? '✔ matches node' : '✘ differs from the expected output';
    v.className = 'verdict ' + (this.ok ? 'ok' : 'bad');
    v.title = this.ok ? '' : `expected:\n${want}\n\ngot:\n${this.result.stdout}`;
  }

  attributeChangedCallback() { if (this.shadowRoot) this.verdict(); }

  go(i) {
    if (!this.trace) return;
    this.i = Math.max(-1, Math.min(this.trace.length - 1, i));
    render(this.shadowRoot.querySelector('.wrap'), this.trace, this.i, { panels: this.panels });
    this.shadowRoot.querySelector('.pos').textContent = `${this.i + 1}/${this.trace.length}`;
  }

  play() {
    if (!this.trace) return;
    if (this.i >= this.trace.length - 1) this.go(-1);
    this.shadowRoot.querySelector('.play').textContent = 'Pause';
    const tick = () => {
      if (this.i >= this.trace.length - 1) return this.pause();
      this.go(this.i + 1);
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
