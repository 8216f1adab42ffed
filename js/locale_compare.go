package js

import (
	"strings"
	"unicode"

	"github.com/dop251/goja"
	"golang.org/x/text/unicode/norm"
)

// installLocaleCompare gives String.prototype.localeCompare the two
// collation options programs use most, which goja ignores: numeric
// (natural order, "file9" before "file10") and sensitivity ("base" and
// "accent" compare without case, "base" and "case" without accents).
// Without either option it is goja's own.
func (r *Runtime) installLocaleCompare() error {
	vm := r.vm
	ctor, ok := vm.Get("String").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(proto.Get("localeCompare"))
	if !ok {
		return nil
	}
	compare := func(this goja.Value, a, b string) int {
		v, err := orig(vm.ToValue(a), vm.ToValue(b))
		if err != nil {
			panic(err)
		}
		return int(v.ToInteger())
	}
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		opts, _ := call.Argument(2).(*goja.Object)
		if opts == nil {
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}
		numeric := false
		if v := opts.Get("numeric"); v != nil && !goja.IsUndefined(v) {
			numeric = v.ToBoolean()
		}
		sensitivity := "variant"
		if v := opts.Get("sensitivity"); v != nil && !goja.IsUndefined(v) {
			sensitivity = v.String()
		}
		if !numeric && sensitivity == "variant" {
			v, err := orig(call.This, call.Argument(0), call.Argument(1))
			if err != nil {
				panic(err)
			}
			return v
		}
		if call.This == nil || goja.IsUndefined(call.This) || goja.IsNull(call.This) {
			panic(vm.NewTypeError("String.prototype.localeCompare called on null or undefined"))
		}
		a, b := call.This.String(), call.Argument(0).String()
		switch sensitivity {
		case "base":
			a, b = stripAccents(strings.ToLower(a)), stripAccents(strings.ToLower(b))
		case "accent":
			a, b = strings.ToLower(a), strings.ToLower(b)
		case "case":
			a, b = stripAccents(a), stripAccents(b)
		}
		if !numeric {
			return vm.ToValue(compare(call.This, a, b))
		}
		return vm.ToValue(naturalCompare(a, b, func(x, y string) int { return compare(call.This, x, y) }))
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("localeCompare"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return proto.DefineDataProperty("localeCompare", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// stripAccents drops the combining marks of s's canonical decomposition.
func stripAccents(s string) string {
	var b strings.Builder
	for _, c := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// naturalCompare compares runs of digits by their value and the text
// between them with cmp, as ICU's numeric collation does.
func naturalCompare(a, b string, cmp func(x, y string) int) int {
	for a != "" && b != "" {
		ra, rb := leadingRun(a), leadingRun(b)
		da, db := isDigit(ra[0]), isDigit(rb[0])
		var c int
		switch {
		case da && db:
			na, nb := strings.TrimLeft(ra, "0"), strings.TrimLeft(rb, "0")
			switch {
			case len(na) != len(nb):
				c = sign(len(na) - len(nb))
			default:
				c = sign(strings.Compare(na, nb))
			}
		case da || db:
			// A number sorts before text, as ICU orders digits before letters.
			c = cmp(ra, rb)
		default:
			c = cmp(ra, rb)
		}
		if c != 0 {
			return c
		}
		a, b = a[len(ra):], b[len(rb):]
	}
	switch {
	case a == "" && b == "":
		return 0
	case a == "":
		return -1
	}
	return 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// leadingRun is s's first run of digits, or of other characters.
func leadingRun(s string) string {
	d := isDigit(s[0])
	i := 1
	for i < len(s) && isDigit(s[i]) == d {
		i++
	}
	return s[:i]
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
