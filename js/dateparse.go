package js

// Date strings goja's parser reads otherwise than V8: Date.parse and
// new Date(string) go through dateStringFix first, which answers for
// the forms below and leaves every other string to goja.
//
//   - an ISO date-time with a lowercase t or z ('2020-01-01T00:00:00z'):
//     V8 takes it, goja gave Invalid Date;
//   - an ISO date-time whose offset has hours only ('…T00:00:00+00'):
//     Invalid Date in V8, goja read it as +00:00;
//   - a sign and digits ('-1', '+5'): V8's legacy parser reads the number
//     as it reads it unsigned (a month of 2001, a year), goja as an
//     expanded ISO year (-000001).

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

var isoDateTime = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([+-]\d{6}|\d{4})-\d\d-\d\d[Tt]\d\d:\d\d(:\d\d(\.\d+)?)?([Zz]|[+-]\d\d(:?\d\d)?)?$`)
})

// dateStringFix returns the string goja should parse instead of s (nan
// when V8 gives Invalid Date), ok false to leave s as it is.
func dateStringFix(s string) (fixed string, nan, ok bool) {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '+') && strings.Trim(s[1:], "0123456789") == "" {
		if len(s) > 3 {
			// a year, at local midnight of its first day
			return "01/01/" + s[1:], false, true
		}
		return s[1:], false, true
	}
	if len(s) < 16 || !isoDateTime().MatchString(s) {
		return "", false, false
	}
	t := strings.IndexAny(s, "Tt")
	tail := s[t:]
	if i := strings.LastIndexAny(tail, "+-"); i >= 0 && len(tail)-i == 3 {
		return "", true, true
	}
	if !strings.ContainsAny(s, "tz") {
		return "", false, false
	}
	return strings.ToUpper(s), false, true
}

// proxiedConstructor is the global constructor name (goja's), its
// prototype and goja's construct of it, for a Proxy that stands in for it
// (installDateParse, installRegExpFlags); ok is false if the program's
// realm lacks one of them. The construct is goja's own, as Reflect.construct
// reaches it, without the arguments array and the call through Reflect
// (new Date(n) through the Proxy cost twice what goja's did).
func (r *Runtime) proxiedConstructor(name string) (orig, proto *goja.Object, construct goja.Constructor, ok bool) {
	if orig, ok = r.vm.Get(name).(*goja.Object); !ok {
		return
	}
	if proto, ok = orig.Get("prototype").(*goja.Object); !ok {
		return
	}
	construct, ok = goja.AssertConstructor(orig)
	return
}

func (r *Runtime) installDateParse() error {
	vm := r.vm
	orig, proto, construct, ok := r.proxiedConstructor("Date")
	if !ok {
		return nil
	}
	parse, ok := goja.AssertFunction(orig.Get("parse"))
	if !ok {
		return nil
	}
	// fixArg is the argument goja should see for the string v.
	fixArg := func(v goja.Value) goja.Value {
		if !goja.IsString(v) {
			return v
		}
		fixed, nan, ok := dateStringFix(v.String())
		switch {
		case !ok:
			return v
		case nan:
			return vm.ToValue(math.NaN())
		}
		t, err := parse(orig, vm.ToValue(fixed))
		if err != nil {
			panic(r.catchable(err))
		}
		return t
	}
	newParse := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0)
		if !goja.IsString(s) {
			s = s.ToString()
		}
		if v := fixArg(s); v != s {
			return v
		}
		v, err := parse(orig, s)
		if err != nil {
			panic(r.catchable(err))
		}
		return v
	}).(*goja.Object)
	setNameLength(vm, newParse, "parse", 1)
	if err := orig.DefineDataProperty("parse", newParse, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	hasInstance := proxyHasInstance(vm)
	proxy := vm.NewProxy(orig, &goja.ProxyTrapConfig{
		Construct: func(_ *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
			if len(args) == 1 && goja.IsString(args[0]) {
				args = []goja.Value{fixArg(args[0])}
			}
			res, err := construct(newTarget, args...)
			if err != nil {
				panic(r.catchable(err))
			}
			return res
		},
		GetSym: func(target *goja.Object, s *goja.Symbol, _ goja.Value) goja.Value {
			if s == goja.SymHasInstance {
				return hasInstance
			}
			return target.GetSymbol(s)
		},
		// V8's order of Date's own keys (goja's: name, length, prototype,
		// parse, UTC, now).
		OwnKeys: func(target *goja.Object) *goja.Object {
			return r.ownKeysInOrder(target, "length", "name", "prototype", "now", "parse", "UTC")
		},
	})
	proxyObj := vm.ToValue(proxy).(*goja.Object)
	if err := proto.DefineDataProperty("constructor", proxyObj, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return vm.Set("Date", proxyObj)
}

// ownKeysInOrder is Reflect.ownKeys(target) with the names first, in that
// order, before the other keys in target's (a proxy's ownKeys trap for a
// built-in whose own keys goja makes in another order than V8).
func (r *Runtime) ownKeysInOrder(target *goja.Object, first ...string) *goja.Object {
	own := target.GetOwnPropertyNames()
	keys := make([]any, 0, len(own)+4)
	for _, k := range first {
		if slices.Contains(own, k) {
			keys = append(keys, k)
		}
	}
	for _, k := range own {
		if !slices.Contains(first, k) {
			keys = append(keys, k)
		}
	}
	for _, s := range target.Symbols() {
		keys = append(keys, s)
	}
	return r.vm.NewArray(keys...)
}
