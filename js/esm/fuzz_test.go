//go:build !(wasip1 && (evloophost || evloopweb))

package esm

import (
	"testing"
)

// FuzzTransform feeds any source to every kind of request the loaders send
// (an ES module, a CommonJS file with its export names, CommonJS lowering
// with and without module-syntax detection). A transform must answer with
// code or an error whose position lies inside the source, never panic.
// `make test` runs it for a few seconds; the seeds are in
// testdata/fuzz/FuzzTransform.
func FuzzTransform(f *testing.F) {
	for _, s := range []string{
		"import fs from 'fs';\nexport default fs;\n",
		"export { a as b, c } from './x.js';\nexport * from 'y';\n",
		"const m = await import('./m.mjs');\nconsole.log(import.meta.url);\n",
		"module.exports = { a, b: 1 };\nexports.c = 2;\nObject.defineProperty(exports, 'd', { value: 1 });\n",
		"async function* g() { for await (const x of y) yield x }\n",
		"`${`${a}`}` /re/g / 2\n",
		"const b = ;\n",
		"export let x = 1; x++; export { x as default };\n",
	} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, src string, mode uint8) {
		var req Request
		switch mode % 4 {
		case 0:
			req = Request{File: "/m.mjs", Kind: KindModule, Source: src}
		case 1:
			req = Request{File: "/c.cjs", Kind: KindCommonJS, Source: src, Exports: true}
		case 2:
			req = Request{File: "/c.js", Kind: KindCommonJS, Source: src, Lower: true}
		default:
			req = Request{File: "/c.js", Kind: KindCommonJS, Source: src, Lower: true, Detect: true}
		}
		res := Transform(req)
		if res == nil {
			t.Fatal("Transform returned nil")
		}
		if e := res.Error; e != nil {
			if lines, _ := jsLines(src); e.Line < 1 || e.Line > lines+1 {
				t.Errorf("error %q at line %d, outside the source's %d lines", e.Text, e.Line, lines)
			}
		}
		// The wire the wasm host speaks must carry any answer.
		if _, err := DecodeResult(EncodeResult(res)); err != nil {
			t.Errorf("the result does not survive the wire: %v", err)
		}
	})
}
