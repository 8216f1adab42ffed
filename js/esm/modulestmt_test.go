package esm

import "testing"

// The spans V8 underlines for a missing export (recorded from node 20's
// reports: esm/missing_export_arrow).
func TestImportedNameSpan(t *testing.T) {
	cases := []struct {
		src, spec, name, want string
	}{
		{"import { b } from './lib.mjs';", "./lib.mjs", "b", "b"},
		{"import def, {\n  a,\n  nope as other\n} from './lib.mjs';", "./lib.mjs", "nope", "nope"},
		{"import x from './c2.mjs';", "./c2.mjs", "default", "x"},
		{"import x, { y } from './c2.mjs';", "./c2.mjs", "default", "x"},
		{"import { default as d } from './c2.mjs';", "./c2.mjs", "default", "default"},
		{"export { missing } from './lib.mjs';", "./lib.mjs", "missing", "missing"},
		{"export { gone as a } from './lib.mjs';", "./lib.mjs", "gone", "gone as a"},
		{"export { gone as a, b } from './lib.mjs';", "./lib.mjs", "b", "b"},
		{`import { "string name" as s } from './lib.mjs';`, "./lib.mjs", "string name", `"string name"`},
		{"import { b } from './other.mjs'; import { b as c } from './lib.mjs';", "./lib.mjs", "b", "b"},
		{"const s = \"import { b } from './lib.mjs'\";\nimport { b } from './lib.mjs';", "./lib.mjs", "b", "b"},
	}
	for _, c := range cases {
		at, n, _, ok := ImportedNameSpan(c.src, c.spec, c.name)
		if !ok {
			t.Errorf("%q: %s not found", c.src, c.name)
			continue
		}
		if got := c.src[at : at+n]; got != c.want {
			t.Errorf("%q: span of %s is %q, want %q", c.src, c.name, got, c.want)
		}
	}
	if at, _, _, _ := ImportedNameSpan("import { b } from './other.mjs'; import { b as c } from './lib.mjs';", "./lib.mjs", "b"); at < 30 {
		t.Errorf("the span is in the declaration of another module: %d", at)
	}
	if at, _, _, _ := ImportedNameSpan("const s = \"import { b } from './lib.mjs'\";\nimport { b } from './lib.mjs';", "./lib.mjs", "b"); at < 40 {
		t.Errorf("the span is in a string: %d", at)
	}
	if _, _, _, ok := ImportedNameSpan("import * as ns from './lib.mjs';", "./lib.mjs", "b"); ok {
		t.Error("found a name that is not imported")
	}
}
