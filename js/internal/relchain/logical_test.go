package relchain

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// TestNestRight_compileTime: chains of one logical operator with constant
// terms, which goja compiled in time doubling per term (24 terms: 2 s),
// compile at once after Regroup and keep their values.
func TestNestRight_compileTime(t *testing.T) {
	chain := func(term, op string, n int, last string) string {
		return strings.Repeat(term+" "+op+" ", n) + last
	}
	cases := []struct{ src, want string }{
		{chain("1", "&&", 60, "2"), "2"},
		{chain("0", "||", 60, "'s'"), "s"},
		{chain("null", "??", 60, "3"), "3"},
		{chain("!1", "||", 60, "4"), "4"},
		{chain("true", "&&", 60, "false"), "false"},
		{chain("(1 && 1)", "&&", 60, "0"), "0"},
		{chain("1", "&&", 30, "0") + " || " + chain("1", "&&", 30, "5"), "5"},
	}
	vm := goja.New()
	for _, c := range cases {
		prg, err := parser.ParseFile(nil, "", c.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		Regroup(prg, c.src)
		done := make(chan *goja.Program, 1)
		go func() {
			p, err := goja.CompileAST(prg, false)
			if err != nil {
				t.Error(err)
			}
			done <- p
		}()
		select {
		case p := <-done:
			if p == nil {
				continue
			}
			v, err := vm.RunProgram(p)
			if err != nil {
				t.Fatalf("%.40s…: %v", c.src, err)
			}
			if v.String() != c.want {
				t.Errorf("%.40s…: %s, want %s", c.src, v, c.want)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%.40s…: still compiling after 20 s", c.src)
		}
	}
}

// TestNestRight_order: the regrouped chain runs its terms in the same
// order and stops at the same one.
func TestNestRight_order(t *testing.T) {
	var b strings.Builder
	b.WriteString("var log = []; function t(i, v) { log.push(i); return v }\n")
	terms := []string{"1", "2", "0", "3"}
	for _, op := range []string{"&&", "||", "??"} {
		var parts []string
		for i := 0; i < 20; i++ {
			v := terms[i%len(terms)]
			if op == "??" && i%5 != 4 {
				v = "null"
			}
			parts = append(parts, fmt.Sprintf("t('%c', %s)", 'a'+i, v))
		}
		b.WriteString("log.push('" + op + "', " + strings.Join(parts, " "+op+" ") + ");\n")
	}
	b.WriteString("log.join(' ')")
	src := b.String()
	want := run(t, src, false)
	got := run(t, src, true)
	if got != want {
		t.Errorf("regrouped: %s\nas parsed: %s", got, want)
	}
	prg, _ := parser.ParseFile(nil, "", "1 && 2 && 3", 0)
	Regroup(prg, strings.Repeat("&&", minLogicalRun))
	top := prg.Body[0].(*ast.ExpressionStatement).Expression.(*ast.BinaryExpression)
	if _, nested := top.Right.(*ast.BinaryExpression); !nested {
		t.Errorf("1 && 2 && 3 not nested to the right")
	}
}

func run(t *testing.T, src string, regroup bool) string {
	t.Helper()
	prg, err := parser.ParseFile(nil, "", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	if regroup {
		Regroup(prg, src)
	}
	p, err := goja.CompileAST(prg, false)
	if err != nil {
		t.Fatal(err)
	}
	v, err := goja.New().RunProgram(p)
	if err != nil {
		t.Fatal(err)
	}
	return v.String()
}
