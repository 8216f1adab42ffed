package js

import (
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/evloop/evloop/js/internal/trywrap"
)

// A stack overflow that stays in JS (`function f() { f() } try { f() }
// catch (e) {}`) is caught by the program's catch as in node: every try
// block of a user's file runs through tryBlock, a Go frame, and goja's
// uncatchable overflow stops at the innermost such frame, which throws
// node's RangeError in its place (js/internal/trywrap, overflow.go).

// tryHookProgram declares trywrap.Name as a const whose value is the
// global property of that name with hookSuffix, which installTryHook sets
// before and removes after (as hookProgram does for the other passes).
var tryHookProgram = sync.OnceValues(func() (*goja.Program, error) {
	f := file.NewFile("", "", 1)
	decl := &ast.LexicalDeclaration{Idx: 1, Token: token.CONST, List: []*ast.Binding{{
		Target:      &ast.Identifier{Name: trywrap.Name, Idx: 1},
		Initializer: &ast.Identifier{Name: unistring.String(trywrap.Name + hookSuffix), Idx: 1},
	}}}
	return goja.CompileAST(&ast.Program{File: f, Body: []ast.Statement{decl}}, false)
})

// installTryHook declares the binding trywrap's inserted calls reach.
func (r *Runtime) installTryHook() error {
	prg, err := tryHookProgram()
	if err != nil {
		return err
	}
	global := r.vm.GlobalObject()
	if err := global.Set(trywrap.Name+hookSuffix, r.vm.ToValue(r.tryBlock)); err != nil {
		return err
	}
	_, err = r.vm.RunProgram(prg)
	if derr := global.Delete(trywrap.Name + hookSuffix); err == nil {
		err = derr
	}
	return err
}

// tryBlock is trywrap.Name: it calls the try block it is given and
// returns what the block returns. What the block throws goes on to the
// statement's catch or finally; goja's stack overflow goes on as node's
// RangeError.
func (r *Runtime) tryBlock(call goja.FunctionCall) goja.Value {
	block, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		return goja.Undefined()
	}
	v, err := block(call.This)
	if err != nil {
		panic(r.catchable(err))
	}
	return v
}

// tryFrame is how goja names tryBlock's frame in a stack: a native
// function takes its Go name.
const tryFrame = "js.(*Runtime).tryBlock-fm (native)"

// withoutTryFrames is stack text (goja's "\tat " layout or V8's) with
// the frames trywrap adds made one again: the try block's arrow, which
// has the position, and tryBlock's native frame, which stand above the
// frame of the function the block is in, which has the name. The merged
// frame has that function's name and the block's position, as node's.
func withoutTryFrames(text string) string {
	if !strings.Contains(text, tryFrame) {
		return text
	}
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasSuffix(strings.TrimSpace(l), tryFrame) {
			out = append(out, l)
			continue
		}
		if len(out) == 0 || i+1 >= len(lines) {
			continue
		}
		block := out[len(out)-1]
		outer := lines[i+1]
		merged := tryAtPrefix(block) + tryFrameLocation(block)
		if name, ok := tryFrameName(outer); ok {
			merged = tryAtPrefix(block) + name + " (" + tryFrameLocation(block) + ")"
		}
		out[len(out)-1] = merged
		i++ // the outer frame is merged into the block's
	}
	return strings.Join(out, "\n")
}

// tryAtPrefix is the indentation and "at " of a stack line.
func tryAtPrefix(l string) string {
	if i := strings.Index(l, "at "); i >= 0 {
		return l[:i+3]
	}
	return l
}

// tryFrameName is the function name of a stack line "at name (location)";
// ok is false for a frame with no name ("at location"), whose line the
// block's location then stands for alone.
func tryFrameName(l string) (string, bool) {
	rest := strings.TrimPrefix(l, tryAtPrefix(l))
	if strings.HasSuffix(rest, ")") {
		if i := strings.LastIndex(rest, " ("); i > 0 {
			return rest[:i], true
		}
	}
	return "", false
}

// tryFrameLocation is the location of a stack line, without parentheses.
func tryFrameLocation(l string) string {
	rest := strings.TrimPrefix(l, tryAtPrefix(l))
	if strings.HasSuffix(rest, ")") {
		if i := strings.LastIndex(rest, " ("); i >= 0 {
			return rest[i+2 : len(rest)-1]
		}
	}
	return rest
}
