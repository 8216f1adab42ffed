package argsarrow

import (
	"fmt"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

func run(src string, insert bool) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	prg, err := parser.ParseFile(nil, "", src, 0)
	if err != nil {
		return err.Error()
	}
	if insert {
		Insert(prg, src)
	}
	p, err := goja.CompileAST(prg, false)
	if err != nil {
		return err.Error()
	}
	v, err := goja.New().RunProgram(p)
	if err != nil {
		return err.Error()
	}
	return v.String()
}

func TestInsert(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"function f() { return (() => arguments.length)() }; f(1, 2)", "2"},
		{"function f() { return [1].map(() => arguments[0])[0] }; f('x')", "x"},
		{"function f() { return (() => (() => arguments.length)())() }; f(1, 2, 3)", "3"},
		{"function f() { 'use strict'; return (() => arguments.length)() }; f(1)", "1"},
		{"function f() { var arguments = [9]; return (() => arguments.length)() }; f(1, 2)", "1"},
	} {
		if got := run(c.src, true); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
	// goja's own compile: the test fails once goja keeps the object
	// itself, and the pass can go.
	if got := run("function f() { return [1].map(() => arguments[0])[0] }; f('x')", false); got == "x" {
		t.Errorf("goja keeps a function's arguments for its arrows: argsarrow may no longer be needed")
	}
}
