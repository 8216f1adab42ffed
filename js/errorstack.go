package js

// A program that makes an error reads its stack in V8's layout, as it
// reads a caught one's (js/caught.go): `console.log(new Error('x').stack)`
// is how readers look at the call stack. goja writes a stack lazily on its
// first read, in its own layout ("\tat f (file:1:2(3))", its natives and
// evloop's trampolines among the frames, every frame however deep). V8
// also writes it on the first read (so a subclass that sets this.name
// after super() is named in the header), skips the frames of the
// constructors that made the error, and keeps Error.stackTraceLimit
// frames, ten by default.
//
// The global error constructors are natives that construct with goja's
// and give the new error a stack accessor that writes V8's text on its
// first read and then is a data property again, as V8's is. (A Proxy
// would lose String(Error)'s name and cost a trap per construct.)

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/evloop/evloop/js/internal/trywrap"
)

// errorCtorNames are the global error constructors, Error first: the
// others' [[Prototype]] is Error.
var errorCtorNames = []string{"Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError"}

// installErrorStacks replaces the global error constructors by natives
// that construct with goja's (same prototype, statics and new.target, so
// instanceof, subclasses and the errors goja makes itself are unchanged)
// and lay the stack out lazily as V8 does (lazyStack).
func (r *Runtime) installErrorStacks() error {
	vm := r.vm
	object := vm.Get("Object").(*goja.Object)
	getDesc, _ := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	defineProp, _ := goja.AssertFunction(object.Get("defineProperty"))
	global := vm.GlobalObject()
	r.stackSetter = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if o, ok := call.This.(*goja.Object); ok {
			_ = o.DefineDataProperty("stack", call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		return goja.Undefined()
	})
	var errorWrapper *goja.Object
	for _, name := range errorCtorNames {
		orig, ok := vm.Get(name).(*goja.Object)
		if !ok {
			continue
		}
		construct, ok := goja.AssertConstructor(orig)
		if !ok {
			continue
		}
		proto, ok := orig.Get("prototype").(*goja.Object)
		if !ok {
			continue
		}
		w := r.nativeConstructor(construct, nil, func(obj, nt, self *goja.Object) {
			r.lazyStack(obj, r.ctorDepth(nt, self))
		})
		if err := copyStatics(vm, w, orig, getDesc, defineProp, nil); err != nil {
			return err
		}
		if err := w.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
			return err
		}
		parent := orig.Prototype()
		if errorWrapper != nil {
			parent = errorWrapper
		}
		if err := w.SetPrototype(parent); err != nil {
			return err
		}
		if err := proto.DefineDataProperty("constructor", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if err := global.DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if name == "Error" {
			errorWrapper = w
			r.errorCtor = w
		}
	}
	return nil
}

// ctorDepth is how many frames the constructors of an error of new.target
// nt left on the stack before ctor, the built-in's: V8 leaves them out.
// A class makes one with a constructor of its own, none without (goja
// runs the default one without a frame): class B extends A extends Error
// with a constructor in B only, 1. A new.target that does not extend ctor
// (Reflect.construct(Error, [], F)) made none.
func (r *Runtime) ctorDepth(nt, ctor *goja.Object) int {
	n := 0
	for p, i := nt, 0; p != nil && i < 64; p, i = p.Prototype(), i+1 {
		if p.SameAs(ctor) {
			return n
		}
		if r.ownConstructor(p) {
			n++
		}
	}
	return 0
}

// ownConstructor reports whether the function f runs code of its own
// when constructed: a function does, a class when it has a constructor.
// Worked out from the class's source once per class.
func (r *Runtime) ownConstructor(f *goja.Object) bool {
	if has, ok := r.classCtors[f]; ok {
		return has
	}
	src := f.String()
	has := true
	if strings.HasPrefix(src, "class") {
		has = false
		if prg, err := parser.ParseFile(nil, "", "("+src+")", 0); err == nil && len(prg.Body) == 1 {
			if es, ok := prg.Body[0].(*ast.ExpressionStatement); ok {
				if cl, ok := es.Expression.(*ast.ClassLiteral); ok {
					for _, el := range cl.Body {
						if m, ok := el.(*ast.MethodDefinition); ok && !m.Static && !m.Computed {
							if id, ok := m.Key.(*ast.Identifier); ok && id.Name == "constructor" {
								has = true
							} else if s, ok := m.Key.(*ast.StringLiteral); ok && s.Value == "constructor" {
								has = true
							}
						}
					}
				}
			}
		}
	}
	if r.classCtors == nil || len(r.classCtors) > 1024 {
		r.classCtors = map[*goja.Object]bool{} // classes made in a loop: start again
	}
	r.classCtors[f] = has
	return has
}

// lazyStack gives obj, an error goja just made, V8's stack: the frames it
// has now, without skip constructors' and at most Error.stackTraceLimit of
// them (V8 reads the limit when it captures), under the header V8 writes
// on the first read.
func (r *Runtime) lazyStack(obj *goja.Object, skip int) {
	st := obj.Get("stack") // goja's text: the header it would give now, then its frames
	if st == nil || !goja.IsString(st) {
		return
	}
	raw := st.String()
	r.defineStackFunc(obj, func() []string {
		frames := gojaFrames(raw)
		// goja's first frame is the built-in's own when it was called
		// without new, then come the constructors that called it.
		if len(frames) > 0 && isErrorCtorFrame(frames[0]) {
			frames = frames[1:]
		}
		return frames[min(skip, len(frames)):]
	})
}

// isErrorCtorFrame reports whether l is goja's frame of a built-in error
// constructor: "\tat TypeError (native)".
func isErrorCtorFrame(l string) bool {
	name, ok := strings.CutSuffix(strings.TrimPrefix(l, "\tat "), " (native)")
	return ok && slices.Contains(errorCtorNames, name)
}

// gojaFrames is the frame lines of goja's stack text, "\tat " included.
func gojaFrames(stack string) []string {
	i := strings.Index(stack, "\n\tat ")
	if i < 0 {
		return nil
	}
	lines := strings.Split(strings.TrimRight(stack[i+1:], "\n"), "\n")
	frames := lines[:0]
	for _, l := range lines {
		if strings.HasPrefix(l, "\tat ") {
			frames = append(frames, l)
		}
	}
	return frames
}

// stackTraceLimit is Error.stackTraceLimit as V8 reads it: a number's
// whole part, at least 0; no frames for any other value.
func (r *Runtime) stackTraceLimit() int {
	if r.errorCtor == nil {
		return 10
	}
	v := r.errorCtor.Get("stackTraceLimit")
	if v == nil {
		return 0
	}
	var f float64
	switch x := v.Export().(type) {
	case int64:
		f = float64(x)
	case float64:
		f = x
	default:
		return 0 // not a number: V8 captures no frames
	}
	switch {
	case math.IsNaN(f) || f <= 0:
		return 0
	case f >= math.MaxInt32:
		return math.MaxInt32
	}
	return int(f)
}

// errorHeader is V8's first line of an error's stack (ErrorUtils::ToString):
// "name: message", either alone when the other is empty, name "Error" when
// undefined; a getter that throws gives the header it can.
func errorHeader(vm *goja.Runtime, obj *goja.Object) string {
	name, message := "Error", ""
	_ = vm.Try(func() {
		if v := obj.Get("name"); v != nil && !goja.IsUndefined(v) {
			name = v.String()
		}
	})
	_ = vm.Try(func() {
		if v := obj.Get("message"); v != nil && !goja.IsUndefined(v) {
			message = v.String()
		}
	})
	switch {
	case name == "":
		return message
	case message == "":
		return name
	}
	return name + ": " + message
}

// v8Frames is goja's frame lines in V8's layout, each after a newline:
// "    at f (file:1:2)", at most limit of them, without evloop's own
// frames and goja's program counters, a call's column at the called name.
func (r *Runtime) v8Frames(frames []string, limit int) string {
	if joined := strings.Join(frames, "\n"); strings.Contains(joined, "tryBlock") {
		frames = strings.Split(trywrap.MergeFrames(joined), "\n") // a try block's frames are one
	}
	lines := make([]string, 0, len(frames))
	truncated := false
	for _, l := range frames {
		if len(lines) >= limit {
			truncated = true
			break
		}
		t := l[len("\tat "):]
		if strings.Contains(t, "github.com/evloop/") || strings.HasPrefix(t, "enter (<eval>") {
			continue
		}
		l = withoutBytecodeOffset(l)
		if loc := frameNumbers(l); loc != nil {
			line, _ := strconv.Atoi(l[loc[2]:loc[3]])
			col, _ := strconv.Atoi(l[loc[4]:loc[5]])
			if c := r.frameColumn(frameFile(l[:loc[0]]), line, col); c != col {
				l = l[:loc[4]] + strconv.Itoa(c) + l[loc[5]:]
			}
		}
		lines = append(lines, "    at "+l[len("\tat "):])
	}
	if truncated {
		// the bottom frame is not among them: none is named as the
		// loop's callback
		prev := r.calledAs
		r.calledAs = calledAs{}
		lines = r.v8FrameNames(lines)
		r.calledAs = prev
	} else {
		lines = r.v8FrameNames(lines)
	}
	lines = r.shownFiles(lines)
	if len(lines) > limit {
		lines = lines[:limit]
	}
	if len(lines) == 0 {
		return ""
	}
	return "\n" + strings.Join(lines, "\n")
}

// captureStackTrace is Error.captureStackTrace(obj, constructorOpt): obj
// gets a stack as an error made here would, without the frames above and
// including the innermost call of constructorOpt when it is on the stack
// (found by name: goja's frames carry no function).
func (r *Runtime) captureStackTrace(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(r.vm.NewTypeError("Invalid argument"))
	}
	r.defineStack(obj, r.framesBelow(call.Argument(1), false))
	return goja.Undefined()
}

// framesBelow is the current stack as goja's frame lines, without this
// native's, from the caller of the innermost call of fn if fn is a
// function on the stack; internal leaves out evloop's own unnamed <eval>
// frames that called fn as well (console's methods are such wrappers).
func (r *Runtime) framesBelow(fn goja.Value, internal bool) []string {
	stack := r.vm.CaptureCallStack(0, nil)
	frames := make([]string, 0, len(stack))
	var b bytes.Buffer
	for i := range stack {
		b.Reset()
		b.WriteString("\tat ")
		stack[i].Write(&b)
		frames = append(frames, b.String())
	}
	for len(frames) > 0 && strings.HasSuffix(frames[0], "(native)") {
		frames = frames[1:]
	}
	f, ok := fn.(*goja.Object)
	if !ok {
		return frames
	}
	if _, isFn := goja.AssertFunction(f); !isFn {
		return frames
	}
	name := f.Get("name")
	if name == nil || !goja.IsString(name) || name.String() == "" {
		return frames
	}
	prefix := "\tat " + name.String() + " ("
	for i, l := range frames {
		if strings.HasPrefix(l, prefix) {
			frames = frames[i+1:]
			for internal && len(frames) > 0 && (strings.HasPrefix(frames[0], "\tat <eval>:") || strings.HasSuffix(frames[0], "(native)")) {
				frames = frames[1:]
			}
			break
		}
	}
	return frames
}

// defineStack gives obj a stack accessor that writes V8's text of frames,
// goja's frame lines, under obj's header on the first read, then holds it
// as a data property.
func (r *Runtime) defineStack(obj *goja.Object, frames []string) {
	r.defineStackFunc(obj, func() []string { return frames })
}

// defineStackFunc is defineStack with the frames worked out by frames on
// the first read: most errors' stacks are never read.
func (r *Runtime) defineStackFunc(obj *goja.Object, frames func() []string) {
	limit := r.stackTraceLimit()
	as := r.calledAs // the callback running when the error was made
	get := r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		prev := r.calledAs
		r.calledAs = as
		v := r.vm.ToValue(errorHeader(r.vm, obj) + r.v8Frames(frames(), limit))
		r.calledAs = prev
		_ = obj.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return v
	})
	_ = obj.DefineAccessorProperty("stack", get, r.stackSetter, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
