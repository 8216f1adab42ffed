// build.mjs writes the static site to dist/: the playground (index.html,
// playground.js, style.css), the engine's worker.js and evloop.wasm, the
// widget (widget.js), the docs rendered from docs/*.md, and the examples.
//
//	cd site && npm ci && node build.mjs
import * as esbuild from 'esbuild';
import { marked } from 'marked';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const dist = path.join(here, 'dist');
const seeds = path.join(root, 'js/testdata/conformance/seeds');

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(path.join(dist, 'docs'), { recursive: true });
fs.mkdirSync(path.join(dist, 'examples'), { recursive: true });

// Examples: the seed articles' runnable examples, with node's recorded output.
// A title and a comment make sense on their own: no article numbers or
// corpus files a reader of the page cannot open. "// Article 004 Timer Queue
// snippet on its own: …" is titled "Timer Queue" and its comment starts
// "// Timer Queue snippet on its own: …".
const words = (name) => name.replace(/^\d+_|^seed\d+_/, '').replace(/_/g, ' ');
const title = (name, code) => {
  const m = code.match(/^\/\/ (?:Article \d+ (?:"([^"]+)"|(.*?)[:.,])|"([^"]+)")/);
  if (!m) return words(name);
  const head = m[1] || m[3] || m[2].replace(/^./, (c) => c.toUpperCase()).replace(/ snippet on its own$/, '').replace(/^Microtask snippet/, 'Microtasks');
  const squash = (s) => s.toLowerCase().replace(/[^a-z]/g, '');
  return squash(head).includes(squash(words(name))) ? head : `${head} (${words(name)})`;
};
// readable: comments that cite the corpus's files point where a reader of
// the page can go instead (the docs page, the example's title).
const readable = (code) => code.split('\n').map((l) => !l.startsWith('//') ? l : l
  .replace(/^\/\/ Article \d+ (.)/, (_, c) => '// ' + c.toUpperCase())
  .replace(/\(see NONDETERMINISTIC\.md\)/g, '(docs/conformance.html says why)')
  .replace(/NONDETERMINISTIC\.md/g, 'docs/conformance.html')
  .replace(/\b(?:io|seeds)\/(\d+_[\w]+)\.js\b/g, (_, n) => `the example “${n.replace(/^\d+_/, '').replace(/_/g, ' ')}”`)).join('\n');
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
  const raw = fs.readFileSync(path.join(dir, f), 'utf8'), code = readable(raw);
  const read = (ext) => { try { return fs.readFileSync(path.join(dir, name + ext), 'utf8'); } catch { return null; } };
  const c = comment(code);
  examples.push({ name, title: title(name, raw), code, out: read('.out') ?? '', exit: Number(read('.code') ?? 0), racy: /\bracy\b/i.test(c) && !/deterministic|busy-wait/i.test(c) });
}
// Examples with more than one loop: worker_threads and child_process
// cases, node's output recorded beside them. Each starts itself as the
// worker or the child (new Worker(__filename), fork(__filename)), so it is
// one file the page can run.
const LOOPS = [
  ['worker_threads', 'ping_pong', 'Two loops: a worker and the main thread wake each other'],
  ['worker_threads', 'message_in_poll_phase', 'Two loops: a message arrives in the poll phase'],
  ['child_process', 'sim_fork_self', 'Two processes: fork and the IPC channel'],
];
for (const [dir, name, t] of LOOPS) {
  const base = path.join(root, 'js/testdata/conformance', dir, name);
  const read = (ext) => { try { return fs.readFileSync(base + ext, 'utf8'); } catch { return null; } };
  examples.push({ name, title: t, code: read('.js'), out: read('.out') ?? '', exit: Number(read('.code') ?? 0), racy: false, loops: true });
}
// Site-only examples (no node recording: racy in node, both orders shown).
for (const f of fs.readdirSync(path.join(here, 'examples')).filter((f) => f.endsWith('.js')).sort()) {
  const raw = fs.readFileSync(path.join(here, 'examples', f), 'utf8'), code = readable(raw);
  examples.push({
    name: f.replace(/\.js$/, ''), title: title(f.replace(/\.js$/, ''), raw) + ' — racy', code, racy: true,
    out: 'start\nend\nnextTick\nPromise\nsetTimeout\nsetImmediate\n', exit: 0,
    alt: 'start\nend\nnextTick\nPromise\nsetImmediate\nsetTimeout\n',
  });
}
const nodeVersion = fs.readFileSync(path.join(root, 'js/testdata/conformance/NODE_VERSION'), 'utf8').split('\n')[0].trim();

// The engine's files are named by their content's hash (evloop.3f2a9c1b.wasm,
// worker.….js), so a server may let browsers cache them for a year; the
// page and the widget learn the names through __ENGINE__.
const hash = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 10);
const common = { bundle: true, minify: true, target: ['es2020'], logLevel: 'warning', legalComments: 'none' };
const workerOut = await esbuild.build({ ...common, entryPoints: [path.join(here, 'src/worker.js')], write: false, format: 'iife' });
const workerJS = workerOut.outputFiles[0].contents;
const engine = { worker: `worker.${hash(workerJS)}.js`, wasm: 'evloop.wasm', transformer: '' };
fs.writeFileSync(path.join(dist, engine.worker), workerJS);
// The page runs the evloopweb build of the module (no esbuild inside); the
// worker loads esm-transform.wasm (esbuild) only for a snippet that needs it.
for (const [key, file, name] of [['wasm', 'evloop-web.wasm', 'evloop'], ['transformer', 'esm-transform.wasm', 'esm-transform']]) {
  const wasm = path.join(root, 'host/wasmbin', file);
  if (!fs.existsSync(wasm)) { console.warn(`build.mjs: host/wasmbin/${file} is missing (make wasm); the page cannot run code`); continue; }
  const bytes = mergeDataSegments(fs.readFileSync(wasm));
  engine[key] = `${name}.${hash(bytes)}.wasm`;
  fs.writeFileSync(path.join(dist, engine[key]), bytes);
}
const define = { __ENGINE__: JSON.stringify(engine) };

// mergeDataSegments rewrites a Go wasm module's data section: Go's linker
// starts a new segment after every run of 8 zero bytes, up to 100,000 of
// them, and each one's header (an offset, a length) is bytes that brotli
// cannot predict. Segments less than 64 bytes apart are joined, the zeros
// between them written out: memory starts zeroed, so the module is the
// same, 34 segments instead of 100,000, 1 MB larger raw and 3 % smaller
// with brotli. Any other module comes back unchanged.
function mergeDataSegments(b, maxGap = 64) {
  let p = 8;
  const leb = () => { let r = 0, sh = 0, x; do { x = b[p++]; r += (x & 0x7f) * 2 ** sh; sh += 7; } while (x & 0x80); return r; };
  const uleb = (n) => { const o = []; do { let x = n % 128; n = Math.floor(n / 128); if (n) x |= 0x80; o.push(x); } while (n); return Buffer.from(o); };
  const sleb = (n) => { const o = []; for (;;) { const x = n & 0x7f; n >>= 7; if ((n === 0 && !(x & 0x40)) || (n === -1 && (x & 0x40))) { o.push(x); return Buffer.from(o); } o.push(x | 0x80); } };
  const out = [b.subarray(0, 8)];
  while (p < b.length) {
    const head = p, id = b[p++], size = leb(), start = p;
    if (id === 12) return b; // a data count section would have to change too: Go's linker writes none
    if (id !== 11) { out.push(b.subarray(head, start + size)); p = start + size; continue; }
    const segs = [];
    for (let n = leb(), i = 0; i < n; i++) {
      // Only active segments at a constant offset (flags 0, i32.const, end), as Go writes them.
      if (leb() !== 0 || b[p++] !== 0x41) return b;
      const off = leb();
      if (b[p++] !== 0x0b) return b;
      const len = leb();
      const last = segs[segs.length - 1];
      const gap = last ? off - last.end : -1;
      if (gap >= 0 && gap <= maxGap) { last.parts.push(Buffer.alloc(gap), b.subarray(p, p + len)); last.end = off + len; }
      else segs.push({ off, end: off + len, parts: [b.subarray(p, p + len)] });
      p += len;
    }
    const body = [uleb(segs.length)];
    for (const s of segs) { const data = Buffer.concat(s.parts); body.push(Buffer.from([0, 0x41]), sleb(s.off), Buffer.from([0x0b]), uleb(data.length), data); }
    const section = Buffer.concat(body);
    out.push(Buffer.from([11]), uleb(section.length), section);
    p = start + size;
  }
  return Buffer.concat(out);
}
await esbuild.build({
  ...common, entryPoints: [path.join(here, 'src/playground.js')], outfile: path.join(dist, 'playground.js'), format: 'iife',
  define: { ...define, __EXAMPLES__: JSON.stringify(examples), __NODE_VERSION__: JSON.stringify(nodeVersion) },
});
await esbuild.build({ ...common, entryPoints: [path.join(here, 'src/widget.js')], outfile: path.join(dist, 'widget.js'), format: 'iife', loader: { '.css': 'text' }, define });
// The page starts the engine from its first bytes, before playground.js
// has loaded: the module's download streams into the compiler at once (a
// download nobody reads stalls once the browser's buffer is full: with
// only a preload, the compile began when playground.js ran, ~0.3 s in),
// and the worker's script loads meanwhile. engine.js adopts both
// (window.evloopEarly) when the names match.
const early = `<script>(function(){var e=window.evloopEarly={wasm:${JSON.stringify(engine.wasm)},worker:null,module:null};`
  + `try{e.module=WebAssembly.compileStreaming(fetch(e.wasm));e.module.catch(function(){})}catch(_){}`
  + `try{e.worker=new Worker(${JSON.stringify(engine.worker)})}catch(_){}})()</script>`;
fs.writeFileSync(path.join(dist, 'index.html'), fs.readFileSync(path.join(here, 'src/index.html'), 'utf8')
  .replace('</head>', `${early}\n</head>`));
// style.css carries the loops view it shares with the widget (src/loops.css).
fs.writeFileSync(path.join(dist, 'style.css'), ['style.css', 'loops.css'].map((f) => fs.readFileSync(path.join(here, 'src', f), 'utf8')).join('\n'));
fs.writeFileSync(path.join(dist, 'examples.json'), JSON.stringify({ node: nodeVersion, examples }, null, 1));
for (const f of fs.readdirSync(path.join(here, 'examples'))) fs.copyFileSync(path.join(here, 'examples', f), path.join(dist, 'examples', f));


// The docs.
const page = (t, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t} — evloop</title><link rel="stylesheet" href="../style.css"><style>.doc{max-width:860px;margin:auto;padding:12px 16px}.doc pre{background:var(--code);padding:8px;overflow:auto}.doc table{border-collapse:collapse}.doc td,.doc th{border:1px solid var(--line);padding:3px 6px}</style><script>document.documentElement.dataset.theme=localStorage.getItem('evloop-theme')||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light')</script></head><body><header><h1><a href="../">evloop</a> <span class="muted">${t}</span></h1><nav><a href="./">docs</a></nav></header><article class="doc">${body}</article></body></html>`;
const docs = fs.readdirSync(path.join(here, 'docs')).filter((f) => f.endsWith('.md')).sort();
const links = [];
for (const f of docs) {
  const md = fs.readFileSync(path.join(here, 'docs', f), 'utf8');
  const t = (md.match(/^#\s+(.+)$/m) || [, f])[1];
  // Headings get ids (the playground's "why?" links point at them).
  const slug = (t) => t.replace(/<[^>]+>/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const html = marked.parse(md).replace(/href="([^":#]+)\.md(#[^"]*)?"/g, 'href="$1.html$2"')
    .replace(/<h([23])>(.*?)<\/h\1>/g, (_, n, t) => `<h${n} id="${slug(t)}">${t}</h${n}>`);
  fs.writeFileSync(path.join(dist, 'docs', f.replace(/\.md$/, '.html')), page(t, html));
  links.push(`<li><a href="${f.replace(/\.md$/, '.html')}">${t}</a></li>`);
}
fs.writeFileSync(path.join(dist, 'docs', 'index.html'), page('docs', `<h1>Docs</h1><ul>${links.join('')}</ul>`));

// Every text file and the modules, precompressed: name.br and name.gz
// beside name, for servers that send them as they are (evloop playground
// does). Brotli at its best (quality 11, a 16 MB window), the modules too:
// minutes for 25 MB, so each answer is kept in site/.cache by its input's
// hash and an unchanged module is not compressed again.
const cache = path.join(here, '.cache');
fs.mkdirSync(cache, { recursive: true });
const br = promisify(zlib.brotliCompress), gz = promisify(zlib.gzip);
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
const sizes = { raw: 0, br: 0, gz: 0 };
await Promise.all(walk(dist).filter((f) => /\.(html|js|css|json|wasm|svg|txt)$/.test(f)).map(async (f) => {
  const data = fs.readFileSync(f);
  const key = path.join(cache, hash(data) + '.q11');
  const make = async (ext, fn) => {
    if (fs.existsSync(key + ext)) return fs.readFileSync(key + ext);
    const out = await fn();
    fs.writeFileSync(key + ext, out);
    return out;
  };
  const [b, g] = await Promise.all([
    make('.br', () => br(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } })),
    make('.gz', () => gz(data, { level: 9 })),
  ]);
  fs.writeFileSync(f + '.br', b);
  fs.writeFileSync(f + '.gz', g);
  sizes.raw += data.length; sizes.br += b.length; sizes.gz += g.length;
}));
// Old compressed copies in the cache go; the current ones stay.
for (const f of fs.readdirSync(cache)) if (Date.now() - fs.statSync(path.join(cache, f)).mtimeMs > 7 * 864e5) fs.rmSync(path.join(cache, f));
console.log(`site/dist: ${examples.length} examples, ${docs.length} docs; engine ${engine.wasm}; ${sizes.raw} bytes, ${sizes.br} with brotli, ${sizes.gz} with gzip`);
