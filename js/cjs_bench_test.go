package js

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// A plain CommonJS file (nothing to lower) must compile at today's cost:
// compileCommonJS against what runModule did before (goja.Compile of the
// wrapped source), on an empty file and a 40-line one.
var benchSources = map[string]string{
	"empty":   "\n",
	"40lines": strings.Repeat("var fs = require('fs'); function f(a, b) { return a + b * 2; }\nsetTimeout(() => console.log(f(1, 2)), 0);\n", 20),
}

func BenchmarkCompile_commonJS(b *testing.B) {
	for name, src := range benchSources {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				if _, _, err := compileCommonJS("/bench/main.js", src, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCompile_gojaBefore(b *testing.B) {
	for name, src := range benchSources {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				if _, err := goja.Compile("/bench/main.js", wrapperHead(cjsParams)+src+"\n})", false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The lowering itself, paid only by a file that uses async generators or
// for await.
func BenchmarkCompile_commonJSLowered(b *testing.B) {
	src := "async function* g() { yield 1; }\n" + benchSources["40lines"]
	for range b.N {
		if _, _, err := compileCommonJS("/bench/main.js", src, true); err != nil {
			b.Fatal(err)
		}
	}
}
