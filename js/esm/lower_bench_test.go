package esm

import "testing"

const benchLowerSrc = "async function* g() { yield 1; }\nfor (var i = 0; i < 3; i++) console.log(i);\n"

// Lowering costs esbuild's Build (with a metafile when detecting) or its
// Transform; the benchmarks compare them on one small file.
func BenchmarkLowerCommonJS(b *testing.B) {
	for _, detect := range []bool{false, true} {
		name := "plain"
		if detect {
			name = "detect"
		}
		b.Run(name, func(b *testing.B) {
			for range b.N {
				if _, err := LowerCommonJS("/b/main.js", benchLowerSrc, detect); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTransformESM(b *testing.B) {
	for range b.N {
		if res := Transform(Request{File: "/b/main.mjs", Kind: KindModule, Source: benchLowerSrc}); res.Error != nil {
			b.Fatal(res.Error)
		}
	}
}
