// Words for the end of a run: what happened, in the reader's terms, when a
// bound or the time budget stopped it or the script failed. The engine's
// messages name CLI flags (--max-microtasks) a reader of the page cannot
// use; the page says what the bound means instead.

// describe(r, bounds, events) → {text, bad}: one sentence for the status
// line (an uncaught error's is the one line the trace keeps of it: a
// SyntaxError's message and position rather than node's "file:line" header).
export function describe(r, bounds = {}, events = []) {
  if (r.stopped) return { text: r.error, bad: true };
  const err = clean(r.stderr || '') + '\n' + clean(r.error || '');
  let m;
  if (/promise jobs ran in one checkpoint/.test(err)) {
    return { bad: true, text: `Stopped: the microtask queue never emptied — more than ${bounds.maxMicrotasks || 'the bound of'} promise jobs ran one after another without the event loop getting control back. The page stops at this bound; node has none: a chain that never ends hangs node, one that ends runs on there.` };
  }
  if (/nextTick/.test(err) && /never emptied|nextTick callbacks/.test(err)) {
    return { bad: true, text: `Stopped: the nextTick queue never emptied — more than ${bounds.maxTicks || 'the bound of'} nextTick callbacks ran without the event loop getting control back. The page stops at this bound; node has none: ticks that never end hang node, ones that end run on there.` };
  }
  if ((m = /stopped after (\d+) callbacks/.exec(err))) {
    return { bad: true, text: `Stopped after ${m[1]} callbacks, the page's bound for one run (node would go on).` };
  }
  const traced = events.filter((e) => e.ev === 'error' && e.text && !e.stopped).pop();
  if (r.exitCode && traced) { const t = clean(traced.text).split('\n')[0].replace(/ \{$/, ''); return { bad: true, text: t.charAt(0).toUpperCase() + t.slice(1) }; }
  const first = err.split('\n').map((l) => l.trim()).find((l) => l && !/^at /.test(l) && !/^Node\.js v/.test(l));
  if (r.exitCode && first) return { bad: true, text: first.charAt(0).toUpperCase() + first.slice(1) };
  if (r.error) return { bad: true, text: clean(r.error) };
  return { text: '', bad: false };
}

// LOADING_TRANSFORMER: the status while a run waits for esm-transform.wasm
// (esbuild), a second download the page makes only for code that needs it;
// seconds on a slow line, and nothing else says why the run has not begun.
// traceCut(r): what a status adds when the run traced more events than
// the page keeps for stepping (engine.js MAX_EVENTS), '' when it did not.
export function traceCut(r) {
  if (!r.truncated) return '';
  const kept = (r.events || []).length, all = r.traceLines > kept ? r.traceLines : 0;
  const n = (x) => x.toLocaleString('en');
  return ` The steps end after its first ${n(kept)} events${all ? `; the ${n(all - kept)} after them were left out` : ''} (the page keeps no more, so that stepping stays quick).${r.stopped ? '' : ' The output is complete.'}`;
}

export const LOADING_TRANSFORMER = 'Loading esbuild, once per page: this code needs it (import or export, a top-level await, newer syntax, or a syntax error to point at). The run starts when it is here…';

// clean drops the engine's own words a reader has no use for: its name
// before a message, CLI flags, Go package paths.
export function clean(s) {
  return String(s)
    .replace(/^evloop: /gm, '')
    .replace(/ \(raise the bound with --[\w-]+; (node would [^)]*)\)/g, ' ($1)')
    .replace(/ \(the bound set by --[\w-]+; (node would [^)]*)\)/g, ' ($1)')
    .replace(/github\.com\/[\w./-]+\.(?:\(\*?\w+\)\.)?[\w.]+/g, '<native>');
}
