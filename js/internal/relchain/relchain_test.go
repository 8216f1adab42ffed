package relchain

import (
	"os"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// TestRegroup runs each expression after Regroup and compares it with the
// value JavaScript's left grouping gives, written out with parentheses
// (which goja reads right).
func TestRegroup(t *testing.T) {
	cases := []struct{ chain, grouped string }{
		{"1 < 2 < 3", "(1 < 2) < 3"},
		{"3 > 2 > 1", "(3 > 2) > 1"},
		{"1 < 2 < 3 < 4 < 0", "(((1 < 2) < 3) < 4) < 0"},
		{"1 < (2 < 3)", "1 < (2 < 3)"},
		{"1 < (2) < 3", "(1 < 2) < 3"},
		{"3 > /* ( */ 2 > 1", "(3 > 2) > 1"},
		{"3 > (new Number(2)) > 1", "(3 > 2) > 1"},
		{"3 > new Number(2) > 1", "(3 > 2) > 1"},
		{"'a' in {a: 1} instanceof Object", "('a' in {a: 1}) instanceof Object"},
		{"[3 > 2 > 1, {k: 3 > 2 > 1}]", "[(3 > 2) > 1, {k: (3 > 2) > 1}]"},
		{"(() => 3 > 2 > 1)()", "(() => (3 > 2) > 1)()"},
		{"`${3 > 2 > 1}`", "`${(3 > 2) > 1}`"},
		{"1 + 1 < 2 * 2 < 3 == true", "((1 + 1) < (2 * 2)) < 3 == true"},
	}
	vm := goja.New()
	for _, c := range cases {
		prg, err := parser.ParseFile(nil, "", c.chain, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.chain, err)
		}
		Regroup(prg, c.chain)
		p, err := goja.CompileAST(prg, false)
		if err != nil {
			t.Fatalf("%s: %v", c.chain, err)
		}
		got, err := vm.RunProgram(p)
		if err != nil {
			t.Fatalf("%s: %v", c.chain, err)
		}
		want, err := vm.RunString(c.grouped)
		if err != nil {
			t.Fatalf("%s: %v", c.grouped, err)
		}
		if got.String() != want.String() {
			t.Errorf("%s = %v, want %v (as %s)", c.chain, got, want, c.grouped)
		}
	}
}

func TestMayChainRelational(t *testing.T) {
	for src, want := range map[string]bool{
		"a < b < c":                       true,
		"a in b instanceof c":             true,
		"'a' in {a: 1} instanceof Object": true,
		"for (i = 0; i < n; i++) {}":      false,
		"print; inside; instanceofx":      false,
	} {
		if got := mayChainRelational(src); got != want {
			t.Errorf("mayChainRelational(%q) = %v, want %v", src, got, want)
		}
	}
}

// BenchmarkRegroup is the walk's cost on a large file (set RELCHAIN_FILE),
// next to parsing it.
func BenchmarkRegroup(b *testing.B) {
	name := os.Getenv("RELCHAIN_FILE")
	if name == "" {
		b.Skip("RELCHAIN_FILE not set")
	}
	src, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	prg, err := parser.ParseFile(nil, "", string(src), 0)
	if err != nil {
		b.Skip(err)
	}
	b.Run("parse", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			parser.ParseFile(nil, "", string(src), 0)
		}
	})
	b.Run("regroup", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Regroup(prg, string(src))
		}
	})
}
