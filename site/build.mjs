// build.mjs writes the static site to dist/: the playground (index.html,
// playground.js, style.css), the engine's worker.js and evloop.wasm, the
// widget (widget.js), the docs rendered from docs/*.md, and the examples.
//
//	cd site && npm ci && node build.mjs
import * as esbuild from 'esbuild';
import { marked } from 'marked';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const dist = path.join(here, 'dist');
const seeds = path.join(root, 'js/testdata/conformance/seeds');

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(path.join(dist, 'docs'), { recursive: true });
fs.mkdirSync(path.join(dist, 'examples'), { recursive: true });

// Examples: the seed articles' runnable examples, with node's recorded output.
const title = (name, code) => {
  const m = code.match(/^\/\/ Article (\d+) (?:"([^"]+)"|(.*?)[:.,])/);
  return m ? `${m[1]} · ${m[2] || m[3]} (${name.replace(/^\d+_/, '').replace(/_/g, ' ')})` : name;
};
const comment = (code) => code.split('\n').filter((l) => l.startsWith('//')).join(' ');
const examples = [];
// The I/O examples (fs.open, readFile, close on the simulated file system)
// live in the corpus's io/ category; those that run an article's example
// say so on their first line.
const io = path.join(root, 'js/testdata/conformance/io');
const sources = [
  ...fs.readdirSync(seeds).filter((f) => f.endsWith('.js')).map((f) => [seeds, f]),
  ...fs.readdirSync(io).filter((f) => f.endsWith('.js') && /^\/\/ Article \d+/.test(fs.readFileSync(path.join(io, f), 'utf8'))).map((f) => [io, f]),
].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
for (const [dir, f] of sources) {
  const name = f.replace(/\.js$/, '');
  const code = fs.readFileSync(path.join(dir, f), 'utf8');
  const read = (ext) => { try { return fs.readFileSync(path.join(dir, name + ext), 'utf8'); } catch { return null; } };
  const c = comment(code);
  examples.push({ name, title: title(name, code), code, out: read('.out') ?? '', exit: Number(read('.code') ?? 0), racy: /\bracy\b/i.test(c) && !/deterministic|busy-wait/i.test(c) });
}
// Site-only examples (no node recording: racy in node, both orders shown).
for (const f of fs.readdirSync(path.join(here, 'examples')).filter((f) => f.endsWith('.js')).sort()) {
  const code = fs.readFileSync(path.join(here, 'examples', f), 'utf8');
  examples.push({
    name: f.replace(/\.js$/, ''), title: title(f.replace(/\.js$/, ''), code) + ' — racy', code, racy: true,
    out: 'start\nend\nnextTick\nPromise\nsetTimeout\nsetImmediate\n', exit: 0,
    alt: 'start\nend\nnextTick\nPromise\nsetImmediate\nsetTimeout\n',
  });
}
const nodeVersion = fs.readFileSync(path.join(root, 'js/testdata/conformance/NODE_VERSION'), 'utf8').split('\n')[0].trim();

const common = { bundle: true, minify: true, target: ['es2020'], logLevel: 'warning', legalComments: 'none' };
await esbuild.build({
  ...common, entryPoints: [path.join(here, 'src/playground.js')], outfile: path.join(dist, 'playground.js'), format: 'iife',
  define: { __EXAMPLES__: JSON.stringify(examples), __NODE_VERSION__: JSON.stringify(nodeVersion) },
});
await esbuild.build({ ...common, entryPoints: [path.join(here, 'src/worker.js')], outfile: path.join(dist, 'worker.js'), format: 'iife' });
await esbuild.build({ ...common, entryPoints: [path.join(here, 'src/widget.js')], outfile: path.join(dist, 'widget.js'), format: 'iife', loader: { '.css': 'text' } });
fs.copyFileSync(path.join(here, 'src/index.html'), path.join(dist, 'index.html'));
fs.copyFileSync(path.join(here, 'src/style.css'), path.join(dist, 'style.css'));
fs.writeFileSync(path.join(dist, 'examples.json'), JSON.stringify({ node: nodeVersion, examples }, null, 1));
for (const f of fs.readdirSync(path.join(here, 'examples'))) fs.copyFileSync(path.join(here, 'examples', f), path.join(dist, 'examples', f));

// The engine.
const wasm = path.join(root, 'host/wasmbin/evloop.wasm');
if (fs.existsSync(wasm)) fs.copyFileSync(wasm, path.join(dist, 'evloop.wasm'));
else console.warn('build.mjs: host/wasmbin/evloop.wasm is missing (make wasm); the page cannot run code');

// The docs.
const page = (t, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t} — evloop</title><link rel="stylesheet" href="../style.css"><style>.doc{max-width:860px;margin:auto;padding:12px 16px}.doc pre{background:var(--code);padding:8px;overflow:auto}.doc table{border-collapse:collapse}.doc td,.doc th{border:1px solid var(--line);padding:3px 6px}</style><script>document.documentElement.dataset.theme=localStorage.getItem('evloop-theme')||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light')</script></head><body><header><h1><a href="../">evloop</a> <span class="muted">${t}</span></h1><nav><a href="./">docs</a></nav></header><article class="doc">${body}</article></body></html>`;
const docs = fs.readdirSync(path.join(here, 'docs')).filter((f) => f.endsWith('.md')).sort();
const links = [];
for (const f of docs) {
  const md = fs.readFileSync(path.join(here, 'docs', f), 'utf8');
  const t = (md.match(/^#\s+(.+)$/m) || [, f])[1];
  const html = marked.parse(md).replace(/href="([^":#]+)\.md(#[^"]*)?"/g, 'href="$1.html$2"');
  fs.writeFileSync(path.join(dist, 'docs', f.replace(/\.md$/, '.html')), page(t, html));
  links.push(`<li><a href="${f.replace(/\.md$/, '.html')}">${t}</a></li>`);
}
fs.writeFileSync(path.join(dist, 'docs', 'index.html'), page('docs', `<h1>Docs</h1><ul>${links.join('')}</ul>`));

let total = 0;
for (const f of fs.readdirSync(dist)) { const s = fs.statSync(path.join(dist, f)); if (s.isFile()) total += s.size; }
console.log(`site/dist: ${examples.length} examples, ${docs.length} docs, ${total} bytes at the top level`);
