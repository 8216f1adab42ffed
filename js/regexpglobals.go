package js

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// noteNamedGroups installs installRegExp's fixes the first time the
// runtime compiles a source that writes a named group ("(?<name>"):
// replacing exec costs every regular expression goja's fast paths (a
// split or a global replace about 9 times slower), so a program that
// never names a group keeps them, and util.inspect prints its match
// results in V8's shape (package inspect) instead.
func (r *Runtime) noteNamedGroups(src string) {
	if !r.rxStat.tracking && mentionsRegExpStatics(src) {
		r.trackRegExpStatics() // regexpstatics.go
	}
	if r.namedGroups || !hasNamedGroup(src) {
		return
	}
	r.namedGroups = true
	_ = r.installRegExp() // fails only if a program froze RegExp.prototype
}

// hasNamedGroup reports whether src has "(?<" followed by neither = nor !
// (a lookbehind).
func hasNamedGroup(src string) bool {
	for {
		i := strings.Index(src, "(?<")
		if i < 0 || i+3 >= len(src) {
			return false
		}
		if c := src[i+3]; c != '=' && c != '!' {
			return true
		}
		src = src[i+3:]
	}
}

// installRegExp gives the results of RegExp.prototype.exec the shape V8
// gives them, which goja's lack:
//
//   - the properties after the elements are index, input, groups, in that
//     order (goja makes input, index and no groups), so that console.log
//     of a match and Object.keys print node's text;
//   - groups is undefined without named groups, else a null-prototype
//     object of the named captures in the order they appear;
//   - a pattern that mixes named and unnamed groups runs as its all-named
//     twin (namedPattern), in exec and in test, so the captures come in
//     the order their parentheses open and \1 means what it means in V8.
//
// exec is replaced on the prototype, so every match goes through it: goja's
// String.prototype.match, matchAll, replace and split then take their
// generic paths, which call exec as the spec says (their fast paths skip
// it). RegExp.prototype[Symbol.replace] is replaced too, for patterns with
// named groups only: goja's knows neither $<name> nor the groups argument
// of a replacer function (lib/regexp_named.js does it as the spec does).
func (r *Runtime) installRegExp() error {
	vm := r.vm
	ctor, ok := vm.Get("RegExp").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(proto.Get("exec"))
	if !ok {
		return nil
	}
	type entry struct {
		p      *namedPattern
		shadow map[string]*goja.Object // by flags: allNamed compiled
	}
	cache := map[string]*entry{}
	namedOf := func(this goja.Value) (*namedPattern, *goja.Object) {
		o, ok := this.(*goja.Object)
		if !ok || o.ClassName() != "RegExp" {
			return nil, nil
		}
		srcv := o.Get("source")
		if srcv == nil || !hasNamedGroup(srcv.String()) {
			return nil, nil
		}
		src := srcv.String()
		e, ok := cache[src]
		if !ok {
			if len(cache) >= 1024 {
				clear(cache) // a program that makes patterns without end
			}
			e = &entry{p: parseCaptureGroups(src)}
			cache[src] = e
		}
		if e.p == nil || e.p.allNamed == "" {
			return e.p, nil
		}
		flags := o.Get("flags").String()
		sh := e.shadow[flags]
		if sh == nil {
			var err error
			if sh, err = vm.New(ctor, vm.ToValue(e.p.allNamed), vm.ToValue(flags)); err != nil {
				return e.p, nil
			}
			if e.shadow == nil {
				e.shadow = map[string]*goja.Object{}
			}
			e.shadow[flags] = sh
		}
		return e.p, sh
	}
	exec := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		p, shadow := namedOf(call.This)
		var res goja.Value
		var err error
		if shadow != nil {
			// The same search on the all-named pattern, from the same
			// lastIndex; it moves this one's as it moves its own.
			this := call.This.(*goja.Object)
			_ = shadow.Set("lastIndex", this.Get("lastIndex"))
			res, err = orig(shadow, call.Arguments...)
			if f := this.Get("flags").String(); err == nil && strings.ContainsAny(f, "gy") {
				_ = this.Set("lastIndex", shadow.Get("lastIndex"))
			}
		} else {
			res, err = orig(call.This, call.Arguments...)
		}
		if err != nil {
			panic(err)
		}
		m, ok := res.(*goja.Object)
		if !ok {
			return res
		}
		groups := goja.Undefined()
		if p != nil {
			groups = r.namedCaptures(m, p)
		}
		// input after index: deleted and set again, it moves to the end.
		input := m.Get("input")
		if input != nil && m.Delete("input") == nil {
			_ = m.Set("input", input)
		}
		_ = m.Set("groups", groups)
		if e := r.regExpExtra(call.This); e != nil && e.indices {
			_ = m.Set("indices", r.matchIndices(e, m))
		}
		if r.rxStat.tracking {
			r.noteRegExpMatch(m)
		}
		return m
	}).(*goja.Object)
	setNameLength(vm, exec, "exec", 1)
	if err := proto.DefineDataProperty("exec", exec, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}

	// test as the spec has it (exec's result is not null) for a pattern
	// that runs as its all-named twin: goja's own test would search with
	// the pattern as written, whose \1 counts regexp2's way.
	if origTest, ok := goja.AssertFunction(proto.Get("test")); ok {
		execFn, _ := goja.AssertFunction(exec)
		test := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			fn := origTest
			// With the statics followed, through exec as the spec has it
			// (goja's test does not call exec).
			if _, shadow := namedOf(call.This); shadow != nil || r.rxStat.tracking {
				res, err := execFn(call.This, call.Arguments...)
				if err != nil {
					panic(err)
				}
				return vm.ToValue(!goja.IsNull(res))
			}
			v, err := fn(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).(*goja.Object)
		setNameLength(vm, test, "test", 1)
		if err := proto.DefineDataProperty("test", test, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}

	origReplace, ok := goja.AssertFunction(proto.GetSymbol(goja.SymReplace))
	if !ok {
		return nil
	}
	var named goja.Callable
	replace := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		fn := origReplace
		if p, _ := namedOf(call.This); p != nil {
			if named == nil {
				lib, err := r.loadLib("regexp_named.js")
				if err != nil {
					panic(vm.NewGoError(err))
				}
				named, _ = goja.AssertFunction(lib.ToObject(vm).Get("replace"))
			}
			fn = named
		}
		v, err := fn(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	setNameLength(vm, replace, "[Symbol.replace]", 2)
	return proto.DefineDataPropertySymbol(goja.SymReplace, replace, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// setNameLength gives a native function the name and length of the
// built-in it stands for.
func setNameLength(vm *goja.Runtime, fn *goja.Object, name string, length int) {
	_ = fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// captureGroup is one capturing group of a pattern, in the order its
// parenthesis opens: its name, "" for an unnamed group, and the offset of
// its parenthesis in the source.
type captureGroup struct {
	name string
	at   int
}

// namedPattern is what exec needs of a pattern with named groups.
type namedPattern struct {
	groups []captureGroup
	// allNamed is the source with every unnamed group named (for a pattern
	// that mixes both; "" otherwise). goja gives such a pattern to regexp2,
	// which numbers the unnamed groups first (.NET's rule) and loses named
	// captures besides: /(?<a>x)-(y)/ gave ['x-y', 'y', undefined]. With
	// every group named it numbers them in order, as JavaScript does.
	allNamed string
}

// parseCaptureGroups reads src's capturing groups; nil when none is named.
// It skips escapes and character classes; (?<name> is a named group, (?<=
// and (?<! are lookbehinds, any other (? captures nothing.
func parseCaptureGroups(src string) *namedPattern {
	var gs []captureGroup
	unnamed, named := 0, 0
	inClass := false
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
		case c == '(' && (i+1 >= len(src) || src[i+1] != '?'):
			unnamed++
			gs = append(gs, captureGroup{at: i})
		case c == '(' && strings.HasPrefix(src[i:], "(?<") && i+3 < len(src) && src[i+3] != '=' && src[i+3] != '!':
			end := strings.IndexByte(src[i+3:], '>')
			if end < 0 {
				return nil
			}
			named++
			gs = append(gs, captureGroup{name: src[i+3 : i+3+end], at: i})
			i += 3 + end
		}
	}
	if named == 0 {
		return nil
	}
	p := &namedPattern{groups: gs}
	if unnamed > 0 {
		var b strings.Builder
		last := 0
		for i, g := range gs {
			if g.name == "" {
				b.WriteString(src[last : g.at+1])
				b.WriteString("?<__evloop_" + strconv.Itoa(i+1) + ">")
				last = g.at + 1
			}
		}
		b.WriteString(src[last:])
		p.allNamed = b.String()
	}
	return p
}

// namedCaptures returns the groups object of m, a match of p: null
// prototype, the named captures in the order they appear.
func (r *Runtime) namedCaptures(m *goja.Object, p *namedPattern) goja.Value {
	groups := r.vm.NewObject()
	_ = groups.SetPrototype(nil)
	for i, g := range p.groups {
		if g.name != "" {
			v := m.Get(strconv.Itoa(i + 1))
			if v == nil {
				v = goja.Undefined()
			}
			_ = groups.Set(g.name, v)
		}
	}
	return groups
}

// installRegExpSource makes RegExp.prototype.source, and toString which
// reads it, escape as V8 does. goja writes each unescaped "/" of a
// pattern as \u002f, in a character class too: new RegExp('a/b') printed
// /a\u002fb/ where node prints /a\/b/, and /[/]/ stayed [/] only as a
// literal. The getter rewrites goja's \u002f back: \/ outside a class,
// / inside one (a pattern that itself spells \u002f shows \/ too: the
// same pattern).
func (r *Runtime) installRegExpSource() error {
	vm := r.vm
	proto, ok := builtinPrototype(vm, "RegExp")
	if !ok {
		return nil
	}
	object := vm.Get("Object").ToObject(vm)
	gopd, ok := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	if !ok {
		return nil
	}
	d, err := gopd(object, proto, vm.ToValue("source"))
	if err != nil {
		return err
	}
	dobj, ok := d.(*goja.Object)
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(dobj.Get("get"))
	if !ok {
		return nil
	}
	getter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if e := r.regExpExtra(call.This); e != nil && (e.sets || e.props) {
			// goja's is the pattern lowerUnicodeSets or
			// expandPropertyEscapes wrote
			if e.source == "" {
				return vm.ToValue("(?:)")
			}
			if e.shown == nil {
				e.shown = vm.ToValue(escapeSlashes(e.source))
			}
			return e.shown
		}
		v, err := orig(call.This)
		if err != nil {
			panic(err)
		}
		s := v.String()
		if !strings.Contains(s, `\u002f`) || strings.ContainsRune(s, '\uFFFD') {
			return v
		}
		return vm.ToValue(v8Source(s))
	}).(*goja.Object)
	setNameLength(vm, getter, "get source", 0)
	if err := proto.DefineAccessorProperty("source", getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	toString := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("RegExp.prototype.toString requires that 'this' be an Object"))
		}
		return vm.ToValue("/" + o.Get("source").String() + "/" + o.Get("flags").String())
	}).(*goja.Object)
	setNameLength(vm, toString, "toString", 0)
	return proto.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// v8Source is goja's escaped source s with each \u002f as V8 writes the
// slash: \/ outside a character class, / inside one.
func v8Source(s string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && strings.HasPrefix(s[i:], `\u002f`):
			if inClass {
				b.WriteByte('/')
			} else {
				b.WriteString(`\/`)
			}
			i += len(`\u002f`) - 1
			continue
		case c == '\\' && i+1 < len(s):
			b.WriteByte(c)
			b.WriteByte(s[i+1])
			i++
			continue
		case c == '[' && !inClass:
			inClass = true
		case c == ']' && inClass:
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// escapeSlashes is EscapeRegExpPattern for a source goja never saw: each
// unescaped "/" outside a class as \/, line terminators as escapes.
func escapeSlashes(s string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			b.WriteByte(c)
			b.WriteByte(s[i+1])
			i++
			continue
		case c == '/' && !inClass:
			b.WriteString(`\/`)
			continue
		case c == '\n':
			b.WriteString(`\n`)
			continue
		case c == '\r':
			b.WriteString(`\r`)
			continue
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
