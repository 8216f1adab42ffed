package inspect

import (
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

var (
	// classRegExp and stripComments are node's test that a function whose
	// source starts with "class" really is a class and not, say, a method
	// named classify.
	classRegExp   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\s+[^(]*?)\s*\{`) })
	stripComments = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`//.*?\n|/\*(?s:.)*?\*/`) })
)

// functionBase is node's getFunctionBase: [Function: f], [class A extends B],
// [AsyncFunction: g] and so on.
func (s *inspector) functionBase(o *goja.Object, ctor string, hasCtor bool, tag string) string {
	src := ""
	if s.in.more().functionToString != nil {
		if v, ok := s.safeCall(s.in.more().functionToString, o); ok {
			src = v.String()
		}
	}
	if strings.HasPrefix(src, "class") && strings.HasSuffix(src, "}") {
		slice := src[5 : len(src)-1]
		if i := strings.IndexByte(slice, '{'); i != -1 &&
			(!strings.Contains(slice[:i], "(") || classRegExp().MatchString(stripComments().ReplaceAllString(slice, ""))) {
			return s.classBase(o, ctor, hasCtor, tag)
		}
	}
	typ := "Function"
	kind := ""
	if p := o.Prototype(); p != nil {
		if t := p.GetSymbol(goja.SymToStringTag); t != nil && goja.IsString(t) {
			kind = t.String()
		}
	}
	if kind == "" && isAsyncSource(src) {
		// goja gives async methods Function.prototype as their prototype;
		// their source still says what they are.
		kind = "AsyncFunction"
		if ctor == "Function" {
			ctor = kind
		}
	}
	if kind == "" && isLoweredAsyncGenerator(src) {
		kind = "AsyncGeneratorFunction"
		if ctor == "Function" {
			ctor = kind
		}
	}
	switch kind {
	case "GeneratorFunction":
		typ = "GeneratorFunction"
	case "AsyncFunction":
		typ = "AsyncFunction"
	case "AsyncGeneratorFunction":
		typ = "AsyncGeneratorFunction"
	}
	base := "[" + typ
	if !hasCtor {
		base += " (null prototype)"
	}
	name := o.Get("name")
	if name != nil && goja.IsString(name) && name.String() == "" {
		base += " (anonymous)"
	} else {
		base += ": " + jsToString(name)
	}
	base += "]"
	if ctor != typ && hasCtor {
		base += " " + ctor
	}
	if tag != "" && ctor != tag {
		base += " [" + tag + "]"
	}
	return base
}

// jsToString is String(v) for values that cannot throw on conversion, and
// a symbol-safe fallback for those that could.
func jsToString(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return symbolString(sym)
	}
	return v.String()
}

func (s *inspector) classBase(o *goja.Object, ctor string, hasCtor bool, tag string) string {
	name := "(anonymous)"
	if _, has := s.ownDescriptor(o, s.rt.ToValue("name")); has {
		if n := o.Get("name"); n != nil && n.ToBoolean() {
			name = jsToString(n)
		}
	}
	base := "class " + name
	if ctor != "Function" && hasCtor {
		base += " [" + ctor + "]"
	}
	if tag != "" && ctor != tag {
		base += " [" + tag + "]"
	}
	if hasCtor {
		if p := o.Prototype(); p != nil {
			if sup := p.Get("name"); sup != nil && sup.ToBoolean() {
				base += " extends " + jsToString(sup)
			}
		}
	} else {
		base += " extends [null prototype]"
	}
	return "[" + base + "]"
}

// isLoweredAsyncGenerator reports whether src is an async generator
// function as esbuild lowers it for goja (js/esm): a function whose body
// is `return __asyncGenerator(this, ...)`, the generator's own body passed
// in. Its prototype is Function.prototype, so the source is all there is.
func isLoweredAsyncGenerator(src string) bool {
	i := strings.IndexByte(src, '{')
	if i < 0 {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(src[i+1:], " \t\r\n"), "return __asyncGenerator(this, ")
}

func isAsyncSource(src string) bool {
	rest, ok := strings.CutPrefix(src, "async")
	return ok && rest != "" && strings.IndexByte(" \t\n(*", rest[0]) >= 0
}
