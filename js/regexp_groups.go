package js

import (
	"strings"

	"github.com/dop251/goja"
)

// installRegExpGroups arranges for regular expression matches to get what
// goja leaves out, once a program's source names a capture group
// (noteSource): goja runs match, replace and split on a fast path only
// while RegExp.prototype.exec is its own (a global replace of 100,000
// matches took 20 times as long with exec replaced), so a program that
// names no group keeps it.
func (r *Runtime) installRegExpGroups() error {
	r.namedGroups = func() { _ = r.enableRegExpGroups() }
	return nil
}

// noteSource is called with each module's source before it compiles.
func (r *Runtime) noteSource(src string) {
	if r.namedGroups != nil && namesGroup(src) {
		f := r.namedGroups
		r.namedGroups = nil
		f()
	}
}

// namesGroup reports whether src may contain a named capture group:
// "(?<" not followed by = or ! (a lookbehind).
func namesGroup(src string) bool {
	for {
		i := strings.Index(src, "(?<")
		if i < 0 {
			return false
		}
		src = src[i+3:]
		if src != "" && src[0] != '=' && src[0] != '!' {
			return true
		}
	}
}

// enableRegExpGroups gives regular expression matches what goja leaves
// out: the groups property (named capture groups, ES2018), and V8's order
// of the match's extra properties (index, input, groups: undefined when
// the pattern names none), which console.log shows. RegExp.prototype.exec
// becomes a native that calls goja's and completes its result; match,
// matchAll and replace read matches through exec, so they see groups too.
// A pattern with named groups also gets the spec's replace, for $<name> in
// a replacement string and the groups argument of a replacement function
// (js/lib/regexp_replace.js, loaded on first use); others keep goja's.
func (r *Runtime) enableRegExpGroups() error {
	vm := r.vm
	ctor, ok := vm.Get("RegExp").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	origExec, ok := goja.AssertFunction(proto.Get("exec"))
	if !ok {
		return nil
	}
	sourceGetter := getterOf(vm, proto, "source")
	cache := map[string][]string{}
	// names returns the pattern's group names by capture index (nil
	// entries for unnamed groups), nil when it names none.
	names := func(this goja.Value) []string {
		if sourceGetter == nil {
			return nil
		}
		src, err := sourceGetter(this)
		if err != nil || !goja.IsString(src) {
			return nil
		}
		key := src.String()
		if !strings.Contains(key, "(?<") {
			return nil
		}
		if gn, ok := cache[key]; ok {
			return gn
		}
		gn := groupNames(key)
		if len(cache) >= 1024 {
			clear(cache) // patterns made on the fly: keep the cache bounded
		}
		cache[key] = gn
		return gn
	}
	exec := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		res, err := origExec(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		o, isObj := res.(*goja.Object)
		if !isObj {
			return res
		}
		// V8 defines index, then input, then groups.
		if input := o.Get("input"); input != nil {
			_ = o.Delete("input")
			_ = o.Set("input", input)
		}
		var groups goja.Value = goja.Undefined()
		if gn := names(call.This); gn != nil {
			reorderCaptures(o, gn)
			g := vm.NewObject()
			_ = g.SetPrototype(nil)
			for i, name := range gn {
				if name != "" {
					_ = g.Set(name, o.Get(itoa(i+1)))
				}
			}
			groups = g
		}
		_ = o.Set("groups", groups)
		return o
	}).(*goja.Object)
	_ = exec.DefineDataProperty("name", vm.ToValue("exec"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = exec.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if err := proto.DefineDataProperty("exec", exec, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}

	origReplace, ok := goja.AssertFunction(proto.GetSymbol(goja.SymReplace))
	if !ok {
		return nil
	}
	var lib goja.Callable
	replace := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if names(call.This) == nil {
			v, err := origReplace(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}
		if lib == nil {
			v, err := r.loadLib("regexp_replace.js")
			if err != nil {
				panic(vm.NewGoError(err))
			}
			fn, ok := goja.AssertFunction(v)
			if !ok {
				panic(vm.NewTypeError("regexp_replace.js exports no function"))
			}
			lib = fn
		}
		v, err := lib(call.This, call.Argument(0), call.Argument(1))
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	_ = replace.DefineDataProperty("name", vm.ToValue("[Symbol.replace]"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = replace.DefineDataProperty("length", vm.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return proto.DefineDataPropertySymbol(goja.SymReplace, replace, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// reorderCaptures puts a match's captures in JavaScript's order. goja's
// engine for patterns with named groups numbers them as .NET does: the
// unnamed groups first, then the named ones, each in order; JavaScript
// numbers all groups in the order they open.
func reorderCaptures(o *goja.Object, names []string) {
	unnamed := 0
	for _, n := range names {
		if n == "" {
			unnamed++
		}
	}
	if unnamed == 0 || unnamed == len(names) {
		return
	}
	vals := make([]goja.Value, len(names))
	u, named := 0, 0
	for i, n := range names {
		var net int
		if n == "" {
			u++
			net = u
		} else {
			named++
			net = unnamed + named
		}
		vals[i] = o.Get(itoa(net))
	}
	for i, v := range vals {
		if v == nil {
			v = goja.Undefined()
		}
		_ = o.Set(itoa(i+1), v)
	}
}

// getterOf is the getter of an accessor property of o, or nil.
func getterOf(vm *goja.Runtime, o *goja.Object, name string) goja.Callable {
	gopd, ok := goja.AssertFunction(vm.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	if !ok {
		return nil
	}
	d, err := gopd(goja.Undefined(), o, vm.ToValue(name))
	if err != nil {
		return nil
	}
	do, ok := d.(*goja.Object)
	if !ok {
		return nil
	}
	fn, _ := goja.AssertFunction(do.Get("get"))
	return fn
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// groupNames lists a pattern's capture groups by index, with the names of
// the named ones ("" for the others), or nil when none is named.
func groupNames(src string) []string {
	if !strings.Contains(src, "(?<") {
		return nil
	}
	var out []string
	named := false
	inClass := false
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			if i+1 < len(src) && src[i+1] == '?' {
				// (?<name> is a named group; (?<= and (?<! look behind,
				// (?: (?= (?! capture nothing.
				if i+2 < len(src) && src[i+2] == '<' && i+3 < len(src) && src[i+3] != '=' && src[i+3] != '!' {
					j := i + 3
					for j < len(src) && src[j] != '>' {
						j++
					}
					out = append(out, src[i+3:j])
					named = true
					i = j
				}
				continue
			}
			out = append(out, "")
		}
	}
	if !named {
		out = nil
	}
	return out
}
