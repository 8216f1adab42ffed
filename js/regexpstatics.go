package js

// RegExp's legacy statics, as V8 has them: RegExp.input ($_), lastMatch
// ($&), lastParen ($+), leftContext ($`), rightContext ($') and $1 … $9,
// accessors on the constructor that read the last successful match of any
// regular expression (exec, test, and replace, match, matchAll, search and
// split through exec).
//
// goja has none. The accessors are defined on goja's RegExp (the target of
// the global Proxy, regexpflags.go) in V8's order, but the matches are only
// followed once a program wants them: knowing every match means replacing
// RegExp.prototype.exec (installRegExp), which sends goja's replace, split
// and match down their generic paths, several times slower. So the tracking
// starts when a compiled source names a static (`RegExp.$1`,
// `RegExp.lastMatch`, `RegExp[...]`, mentionsRegExpStatics), or else at the
// first read of one, which then gives '' as V8 does before any match
// (site/docs/limits.md).

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// rxStatics is the last successful match the statics read.
type rxStatics struct {
	tracking bool
	input    goja.Value // RegExp.input: the last subject, or what was set
	subject  goja.String
	index    int          // of the match in subject
	caps     []goja.Value // the match's elements, [0] the whole match
}

// regExpStaticNames are the accessors in V8's order; the values say what
// each reads (a capture's number, or a negative code).
var regExpStaticNames = []struct {
	name string
	what int
}{
	{"input", -1}, {"$_", -1},
	{"lastMatch", 0}, {"$&", 0},
	{"lastParen", -2}, {"$+", -2},
	{"leftContext", -3}, {"$`", -3},
	{"rightContext", -4}, {"$'", -4},
	{"$1", 1}, {"$2", 2}, {"$3", 3}, {"$4", 4}, {"$5", 5}, {"$6", 6}, {"$7", 7}, {"$8", 8}, {"$9", 9},
}

// regExpStaticSet is regExpStaticNames as a set.
var regExpStaticSet = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range regExpStaticNames {
		m[s.name] = true
	}
	return m
}()

// lazyRegExpStatics gives the RegExp Proxy's handler cfg traps that define
// the statics on goja's RegExp ctor the first time a program reads, sets,
// looks for or lists one (38 functions a program that never does so does
// not make), and then take themselves off.
func (r *Runtime) lazyRegExpStatics(cfg *goja.ProxyTrapConfig, ctor *goja.Object) {
	install := func() {
		cfg.Get, cfg.Set, cfg.Has, cfg.GetOwnPropertyDescriptor, cfg.OwnKeys, cfg.DeleteProperty = nil, nil, nil, nil, nil, nil
		cfg.PreventExtensions = nil
		// Fails only on a RegExp made non-extensible first: no statics then.
		_ = r.installRegExpStatics(ctor)
	}
	reflect := func(name string, args ...goja.Value) goja.Value {
		fn, _ := goja.AssertFunction(r.vm.Get("Reflect").(*goja.Object).Get(name))
		v, err := fn(goja.Undefined(), args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	cfg.Get = func(target *goja.Object, prop string, receiver goja.Value) goja.Value {
		if regExpStaticSet[prop] {
			install()
		}
		return target.Get(prop)
	}
	cfg.Set = func(target *goja.Object, prop string, v, receiver goja.Value) bool {
		if regExpStaticSet[prop] {
			install()
		}
		return target.Set(prop, v) == nil
	}
	cfg.Has = func(target *goja.Object, prop string) bool {
		if regExpStaticSet[prop] {
			install()
		}
		return reflect("has", target, r.vm.ToValue(prop)).ToBoolean()
	}
	cfg.DeleteProperty = func(target *goja.Object, prop string) bool {
		if regExpStaticSet[prop] {
			install()
		}
		return reflect("deleteProperty", target, r.vm.ToValue(prop)).ToBoolean()
	}
	cfg.GetOwnPropertyDescriptor = func(target *goja.Object, prop string) goja.PropertyDescriptor {
		if regExpStaticSet[prop] {
			install()
		}
		var pd goja.PropertyDescriptor
		d, ok := reflect("getOwnPropertyDescriptor", target, r.vm.ToValue(prop)).(*goja.Object)
		if !ok {
			return pd
		}
		flag := func(name string) goja.Flag {
			if d.Get(name).ToBoolean() {
				return goja.FLAG_TRUE
			}
			return goja.FLAG_FALSE
		}
		pd.Configurable, pd.Enumerable = flag("configurable"), flag("enumerable")
		if g := d.Get("get"); g != nil {
			pd.Getter, pd.Setter = g, d.Get("set")
		} else {
			pd.Value, pd.Writable = d.Get("value"), flag("writable")
		}
		return pd
	}
	cfg.PreventExtensions = func(target *goja.Object) bool {
		install() // before the ctor can take no more properties
		return reflect("preventExtensions", target).ToBoolean()
	}
	cfg.OwnKeys = func(target *goja.Object) *goja.Object {
		install()
		return reflect("ownKeys", target).(*goja.Object)
	}
}

// installRegExpStatics defines the accessors on goja's RegExp ctor
// (those a program defined itself first are left as they are).
func (r *Runtime) installRegExpStatics(ctor *goja.Object) error {
	vm := r.vm
	empty := vm.ToValue("")
	for _, s := range regExpStaticNames {
		if slices.Contains(ctor.GetOwnPropertyNames(), s.name) {
			continue
		}
		what := s.what
		get := vm.ToValue(func(goja.FunctionCall) goja.Value {
			if !r.rxStat.tracking {
				r.trackRegExpStatics()
			}
			v := r.regExpStatic(what)
			if v == nil {
				return empty
			}
			return v
		}).(*goja.Object)
		setNameLength(vm, get, "get "+s.name, 0)
		set := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if what == -1 {
				r.rxStat.input = call.Argument(0).ToString()
			}
			return goja.Undefined()
		}).(*goja.Object)
		setNameLength(vm, set, "set "+s.name, 1)
		if err := ctor.DefineAccessorProperty(s.name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// regExpStatic is the value of the static that reads what (nil for ”).
func (r *Runtime) regExpStatic(what int) goja.Value {
	st := &r.rxStat
	if what == -1 {
		return st.input
	}
	if st.subject == nil {
		return nil
	}
	switch what {
	case -2: // the last capture, '' without one
		if len(st.caps) < 2 {
			return nil
		}
		return st.caps[len(st.caps)-1]
	case -3:
		return st.subject.Substring(0, st.index)
	case -4:
		end := st.index
		if m, ok := st.caps[0].(goja.String); ok {
			end += m.Length()
		}
		if end > st.subject.Length() {
			end = st.subject.Length()
		}
		return st.subject.Substring(end, st.subject.Length())
	}
	if what < len(st.caps) {
		return st.caps[what]
	}
	return nil
}

// trackRegExpStatics starts following matches: exec is replaced (if no
// named group did it already) and notes each match it returns.
func (r *Runtime) trackRegExpStatics() {
	r.rxStat.tracking = true
	if !r.namedGroups {
		r.namedGroups = true
		_ = r.installRegExp()
	}
}

// noteRegExpMatch keeps what the statics need of exec's result m.
func (r *Runtime) noteRegExpMatch(m *goja.Object) {
	st := &r.rxStat
	subject, ok := m.Get("input").(goja.String)
	if !ok {
		return
	}
	n := 0
	if l := m.Get("length"); l != nil {
		n = int(l.ToInteger())
	}
	if n < 1 {
		return
	}
	caps := st.caps[:0]
	for i := 0; i < n; i++ {
		v := m.Get(strconv.Itoa(i))
		if v == nil || goja.IsUndefined(v) {
			v = nil
		}
		caps = append(caps, v)
	}
	st.caps = caps
	st.subject, st.input = subject, subject
	st.index = int(m.Get("index").ToInteger())
}

// mentionsRegExpStatics reports whether src reads RegExp.$1 and the like:
// "RegExp." followed by $ or one of the statics' names, or "RegExp[".
func mentionsRegExpStatics(src string) bool {
	for {
		i := strings.Index(src, "RegExp")
		if i < 0 {
			return false
		}
		src = src[i+len("RegExp"):]
		if strings.HasPrefix(src, "[") {
			return true
		}
		if rest, ok := strings.CutPrefix(src, "."); ok {
			if strings.HasPrefix(rest, "$") {
				return true
			}
			for _, w := range [...]string{"input", "lastMatch", "lastParen", "leftContext", "rightContext"} {
				if strings.HasPrefix(rest, w) {
					return true
				}
			}
		}
	}
}
