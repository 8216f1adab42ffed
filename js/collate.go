package js

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dop251/goja"
	"golang.org/x/text/cases"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// installCollation makes String.prototype.localeCompare read its locales
// and options, and toLocaleLowerCase/toLocaleUpperCase their locale, with
// the golang.org/x/text packages goja itself uses: goja's ignore both, so
// `a.localeCompare(b, undefined, { numeric: true })` (the usual natural
// sort) compared "10" before "9", { sensitivity: 'base' } did not make "a"
// equal "A", 'ä' sorted as in English under 'sv', and
// 'I'.toLocaleLowerCase('tr') was "i" (node: "ı"). Without locales or
// options each keeps goja's own (x/text's root collation), which orders as
// node's ICU for the common cases. Options read: numeric and sensitivity
// (base, accent, case, variant); the rest of Intl.Collator's are not.
func (r *Runtime) installCollation() error {
	vm := r.vm
	proto, ok := builtinPrototype(vm, "String")
	if !ok {
		return nil
	}
	origCompare, ok := goja.AssertFunction(proto.Get("localeCompare"))
	if !ok {
		return nil
	}
	coercible := func(name string, v goja.Value) string {
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			panic(vm.NewTypeError("String.prototype." + name + " called on null or undefined"))
		}
		return v.String()
	}
	collators := map[string]*collate.Collator{}
	compare := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		locales, options := call.Argument(1), call.Argument(2)
		optObj, hasOpts := options.(*goja.Object)
		if goja.IsUndefined(locales) && !hasOpts {
			v, err := origCompare(call.This, call.Arguments...)
			if err != nil {
				panic(r.catchable(err))
			}
			return v
		}
		a := coercible("localeCompare", call.This)
		b := call.Argument(0).String()
		tag := r.localeTag(locales, true)
		var opts []collate.Option
		caseOnly := false
		key := tag.String()
		if hasOpts {
			if n := optObj.Get("numeric"); n != nil && n.ToBoolean() {
				opts = append(opts, collate.Numeric)
				key += "/numeric"
			}
			if s := optObj.Get("sensitivity"); s != nil && !goja.IsUndefined(s) {
				switch s.String() {
				case "base":
					opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
				case "accent":
					opts = append(opts, collate.IgnoreCase)
				case "case":
					// ICU's primary strength with its case level: x/text has
					// no case level, so the marks are taken off instead.
					caseOnly = true
				}
				key += "/" + s.String()
			}
		}
		c := collators[key]
		if c == nil {
			c = collate.New(tag, opts...)
			collators[key] = c
		}
		a, b = norm.NFD.String(a), norm.NFD.String(b)
		if caseOnly {
			a, b = withoutMarks(a), withoutMarks(b)
		}
		return vm.ToValue(c.CompareString(a, b))
	}).(*goja.Object)
	setNameLength(vm, compare, "localeCompare", 1)
	if err := proto.DefineDataProperty("localeCompare", compare, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	for _, m := range []struct {
		name  string
		upper bool
	}{{"toLocaleLowerCase", false}, {"toLocaleUpperCase", true}} {
		m := m
		orig, ok := goja.AssertFunction(proto.Get(m.name))
		if !ok {
			continue
		}
		f := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			locales := call.Argument(0)
			if goja.IsUndefined(locales) {
				v, err := orig(call.This, call.Arguments...)
				if err != nil {
					panic(r.catchable(err))
				}
				return v
			}
			s := coercible(m.name, call.This)
			tag := r.localeTag(locales, false)
			if m.upper {
				return vm.ToValue(cases.Upper(tag).String(s))
			}
			return vm.ToValue(cases.Lower(tag).String(s))
		}).(*goja.Object)
		setNameLength(vm, f, m.name, 0)
		if err := proto.DefineDataProperty(m.name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// withoutMarks is s (NFD) without its combining marks.
func withoutMarks(s string) string {
	return strings.Map(func(c rune) rune {
		if unicode.Is(unicode.Mn, c) {
			return -1
		}
		return c
	}, s)
}

// localeTag is the first of locales as a language tag, read as node's
// CanonicalizeLocaleList reads it: undefined is none, a string is one, and
// anything else is an array-like (a hole is skipped; null is a TypeError, a
// number or a String object is read through its length). An entry that is
// neither a string nor an object is a TypeError ("Language ID should be
// string or object."), one that is not a well-formed tag node's RangeError
// "Incorrect locale information provided". V8 checks every entry for
// localeCompare but only the first for toLocaleLowerCase/UpperCase (all false).
func (r *Runtime) localeTag(locales goja.Value, all bool) language.Tag {
	var names []goja.Value
	switch {
	case locales == nil || goja.IsUndefined(locales):
	case goja.IsString(locales):
		names = append(names, locales)
	default:
		o := locales.ToObject(r.vm) // null: TypeError, as node's
		n := o.Get("length")
		length := int64(0)
		if n != nil {
			length = n.ToInteger()
		}
		// A bound on the entries read: a { length: 2 ** 53 } would otherwise
		// walk for hours; V8 reads them all.
		for i := int64(0); i < length && len(names) < 64 && i < 1<<20; i++ {
			v := o.Get(strconv.FormatInt(i, 10)) // nil: no such property (a hole)
			if v == nil {
				continue
			}
			if _, isObj := v.(*goja.Object); !isObj && !goja.IsString(v) {
				panic(r.vm.NewTypeError("Language ID should be string or object."))
			}
			names = append(names, v)
			if !all {
				break
			}
		}
	}
	tag := language.Und
	for i, n := range names {
		t, err := language.Parse(n.String())
		if err != nil {
			panic(r.rangeError("Incorrect locale information provided"))
		}
		if i == 0 {
			tag = t
		}
	}
	return tag
}
