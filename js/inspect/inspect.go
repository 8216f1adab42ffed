package inspect

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/evloop/evloop/js/internal/safeexport"
)

// Inspect returns util.inspect(v, opts). It never panics: an exception
// thrown by user code while inspecting is rendered as text; use TryInspect
// to get it instead. Call only on the goroutine that owns rt.
func Inspect(rt *goja.Runtime, v goja.Value, opts Options) string {
	s, ex := TryInspect(rt, v, opts)
	if ex != nil {
		return thrownText(ex)
	}
	return s
}

// TryInspect is Inspect that returns a JS exception thrown during inspection
// (by a custom inspect function, a getter on Symbol.toStringTag, ...) so the
// caller can rethrow it, as node's console.log does.
func TryInspect(rt *goja.Runtime, v goja.Value, opts Options) (s string, ex *goja.Exception) {
	if v == nil {
		v = goja.Undefined()
	}
	ex = rt.Try(func() {
		in := newInspector(rt, opts, nil)
		s = in.formatValue(v, 0, false)
	})
	return s, ex
}

func thrownText(ex *goja.Exception) string {
	return "[Inspection threw: " + firstLine(ex.Value().String()) + "]"
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// maxNesting bounds how many objects deep an inspection goes before it gives
// up the way node does when V8's stack overflows (which happens after a few
// thousand levels there: about a thousand nested arrays).
const maxNesting = 1000

// Output kinds, node's kObjectType, kArrayType and kArrayExtrasType: they
// decide whether a property prints its key and whether array grouping
// applies.
const (
	kindObject = iota
	kindArray
	kindArrayExtras
)

// inspector is node's ctx: options plus the state of one inspection.
type inspector struct {
	rt     *goja.Runtime
	in     *intrinsics
	opts   Options
	indent int
	seen   []*goja.Object
	// circular numbers the objects found to be referenced from inside
	// themselves, in the order the references were met.
	circular     map[*goja.Object]int
	currentDepth int
	// collapse is node's depth: -1, used for the prototype shown in
	// "Object <[Object: null prototype] {}>": nothing is expanded.
	collapse  bool
	inspectFn goja.Value
}

func newInspector(rt *goja.Runtime, opts Options, in *intrinsics) *inspector {
	if in == nil {
		in = loadIntrinsics(rt)
	}
	return &inspector{rt: rt, in: in, opts: opts}
}

// tooDeep reports whether recurse is beyond the configured depth.
func (s *inspector) tooDeep(recurse int) bool {
	return s.collapse || s.opts.Depth == DepthNegative || s.opts.Depth >= 0 && recurse > s.opts.Depth
}

func (s *inspector) maxArrayLength() int {
	if s.opts.MaxArrayLength < 0 {
		return math.MaxInt
	}
	return s.opts.MaxArrayLength
}

// Style names, node's inspect.styles.
type style uint8

const (
	styleName style = iota
	styleSpecial
	styleNumber
	styleBigint
	styleBoolean
	styleUndefined
	styleNull
	styleString
	styleSymbol
	styleDate
	styleRegexp
	styleModule
)

var styleOpen = [...]string{"", "\x1b[36m", "\x1b[33m", "\x1b[33m", "\x1b[33m", "\x1b[90m", "\x1b[1m", "\x1b[32m", "\x1b[32m", "\x1b[35m", "\x1b[31m", "\x1b[4m"}
var styleClose = [...]string{"", "\x1b[39m", "\x1b[39m", "\x1b[39m", "\x1b[39m", "\x1b[39m", "\x1b[22m", "\x1b[39m", "\x1b[39m", "\x1b[39m", "\x1b[39m", "\x1b[24m"}

var styleByName = map[string]style{
	"special": styleSpecial, "number": styleNumber, "bigint": styleBigint, "boolean": styleBoolean,
	"undefined": styleUndefined, "null": styleNull, "string": styleString, "symbol": styleSymbol,
	"date": styleDate, "regexp": styleRegexp, "module": styleModule,
}

func (s *inspector) stylize(str string, st style) string {
	if !s.opts.Colors || st == styleName {
		return str
	}
	return styleOpen[st] + str + styleClose[st]
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

// call invokes a built-in and rethrows its exception into the surrounding
// Runtime.Try, like a JS call would.
func call(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// safeCall invokes f and reports false instead of an exception.
func (s *inspector) safeCall(f goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	if f == nil {
		return nil, false
	}
	v, err := f(this, args...)
	return v, err == nil
}

// formatPrimitive is node's formatPrimitive.
func (s *inspector) formatPrimitive(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return s.stylize("undefined", styleUndefined)
	case goja.IsNull(v):
		return s.stylize("null", styleNull)
	case goja.IsString(v):
		return s.formatString(v)
	case goja.IsNumber(v):
		if s.opts.NumericSeparator {
			return s.stylize(s.separatedNumber(v), styleNumber)
		}
		return s.stylize(numberValue(v), styleNumber)
	case goja.IsBigInt(v):
		if s.opts.NumericSeparator {
			return s.stylize(groupDigits(v.String())+"n", styleBigint)
		}
		return s.stylize(v.String()+"n", styleBigint)
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return s.stylize(symbolString(sym), styleSymbol)
	}
	return s.stylize(v.String(), styleBoolean)
}

func symbolString(sym *goja.Symbol) string {
	return "Symbol(" + sym.String() + ")"
}

// numberValue formats a JS number with -0 kept.
func numberValue(v goja.Value) string {
	f := v.ToFloat()
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return v.String()
}

// separatedNumber is node's formatNumber with numericSeparator: the integer
// part grouped in threes from the right, the fraction from the left
// (1_234.567_8); exponents, NaN and the infinities stay as they are.
func (s *inspector) separatedNumber(v goja.Value) string {
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return v.String()
	}
	integer := math.Trunc(f)
	istr := s.rt.ToValue(integer).String() // String(-0) is "0", as node's
	if integer == f {
		if strings.Contains(istr, "e") {
			return istr
		}
		return groupDigits(istr)
	}
	// A fraction is split at its '.' as node splits it; node also does
	// this to 1e-7, which has none (slice(0, -1) and slice(0)), and
	// prints 1e-.1e-_7: kept, since node is the oracle.
	full := v.String()
	dot := strings.IndexByte(full, '.')
	intPart := full[:len(full)-1]
	if dot >= 0 {
		intPart = full[:dot]
	}
	return groupDigits(intPart) + "." + groupDigitsEnd(full[dot+1:])
}

// groupDigits puts an underscore before each group of three digits from
// the right, after any sign (node's addNumericSeparator).
func groupDigits(s string) string {
	start := 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	i := len(s)
	rest := ""
	for ; i >= start+4; i -= 3 {
		rest = "_" + s[i-3:i] + rest
	}
	if i == len(s) {
		return s
	}
	return s[:i] + rest
}

// groupDigitsEnd groups a fraction's digits in threes from the left
// (node's addNumericSeparatorEnd).
func groupDigitsEnd(s string) string {
	var b strings.Builder
	i := 0
	for ; i < len(s)-3; i += 3 {
		b.WriteString(s[i : i+3])
		b.WriteByte('_')
	}
	if i == 0 {
		return s
	}
	return b.String() + s[i:]
}

func (s *inspector) formatString(v goja.Value) string {
	str := toJSString(v)
	trailer := ""
	if s.opts.MaxStringLength >= 0 && str.len() > s.opts.MaxStringLength {
		remaining := str.len() - s.opts.MaxStringLength
		str = str.slice(0, s.opts.MaxStringLength)
		trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
	}
	n := str.len()
	if n > 16 && n > s.opts.BreakLength-s.indent-4 {
		// Long strings are split after each newline into quoted pieces joined
		// by " +", one per line.
		var b strings.Builder
		sep := " +\n" + spaces(s.indent+2)
		start := 0
		for i := 0; i < n; i++ {
			if str.at(i) == '\n' && i+1 < n {
				b.WriteString(s.stylize(strEscape(str.slice(start, i+1)), styleString))
				b.WriteString(sep)
				start = i + 1
			}
		}
		b.WriteString(s.stylize(strEscape(str.slice(start, n)), styleString))
		b.WriteString(trailer)
		return b.String()
	}
	return s.stylize(strEscape(str), styleString) + trailer
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

func remainingText(n int) string {
	return "... " + strconv.Itoa(n) + " more item" + plural(n)
}

// isNamespaceTarget reports whether o is the target of a module namespace
// object: a null prototype and an own, read-only Symbol.toStringTag
// "Module" (what js/esm_link.go makes; V8's namespaces have that shape).
func isNamespaceTarget(o *goja.Object) bool {
	if o.Prototype() != nil {
		return false
	}
	t := o.GetSymbol(goja.SymToStringTag)
	return t != nil && goja.IsString(t) && t.String() == "Module"
}

// formatValue is node's formatValue: primitives, proxies, custom inspect
// functions and circular references, then formatRaw.
func (s *inspector) formatValue(v goja.Value, recurse int, typedArray bool) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return s.formatPrimitive(v)
	}
	context := o
	// Like node without showProxy, look through proxies to their targets
	// so that no trap runs.
	for o.ExportType() == typeProxy {
		p, _ := safeexport.Export(o).(goja.Proxy)
		target := p.Target()
		if target == nil {
			return s.stylize("<Revoked Proxy>", styleSpecial)
		}
		if s.opts.ShowProxy {
			return s.formatProxy(p, recurse)
		}
		if isNamespaceTarget(target) {
			// A module namespace (evloop's is a Proxy): node shows its
			// live bindings, so read them through it.
			break
		}
		o = target
	}

	if s.opts.CustomInspect && s.in.customSymbol != nil {
		if fn, ok := goja.AssertFunction(o.GetSymbol(s.in.customSymbol)); ok && !s.isPrototypeObject(o) {
			var depth goja.Value
			if s.opts.Depth == DepthNegative {
				depth = s.rt.ToValue(-1 - recurse)
			} else if s.opts.Depth < 0 {
				depth = s.rt.ToValue(math.Inf(1))
			} else {
				depth = s.rt.ToValue(s.opts.Depth - recurse)
			}
			ret := call(fn, context, depth, s.userOptions(), s.inspectFunction())
			if r, isObj := ret.(*goja.Object); !isObj || r != context {
				if !goja.IsString(ret) {
					return s.formatValue(ret, recurse, false)
				}
				return strings.ReplaceAll(ret.String(), "\n", "\n"+spaces(s.indent))
			}
		}
	}

	for _, seen := range s.seen {
		if seen == o {
			if s.circular == nil {
				s.circular = map[*goja.Object]int{}
			}
			idx, ok := s.circular[o]
			if !ok {
				idx = len(s.circular) + 1
				s.circular[o] = idx
			}
			return s.stylize("[Circular *"+strconv.Itoa(idx)+"]", styleSpecial)
		}
	}
	return s.formatRaw(o, recurse, typedArray)
}

// isPrototypeObject is node's value.constructor.prototype === value filter:
// a class prototype carrying the custom inspect method is not inspected
// with it.
func (s *inspector) isPrototypeObject(o *goja.Object) bool {
	c, ok := o.Get("constructor").(*goja.Object)
	if !ok {
		return false
	}
	p, ok := c.Get("prototype").(*goja.Object)
	return ok && p == o
}

func (s *inspector) formatProxy(p goja.Proxy, recurse int) string {
	if s.tooDeep(recurse) {
		return s.stylize("Proxy [Array]", styleSpecial)
	}
	recurse++
	s.indent += 2
	var handler goja.Value = goja.Null()
	if h := p.Handler(); h != nil {
		handler = h
		if sp, ok := safeexport.Export(h).(goja.Proxy); ok {
			if _, byGo := safeexport.Export(sp.Handler()).(*goja.ProxyTrapConfig); byGo {
				// the runtime's stand-in for the program's handler
				// (js/proxyargs.go): the program's own is its target
				handler = sp.Target()
			}
		}
	}
	res := []string{
		s.formatValue(p.Target(), recurse, false),
		s.formatValue(handler, recurse, false),
	}
	s.indent -= 2
	return s.reduceToSingleString(res, "", [2]string{"Proxy [", "]"}, kindArrayExtras, recurse, nil)
}

// propKey is an own property key: a string or a symbol.
type propKey struct {
	name string
	sym  *goja.Symbol
}

// matchKeys shows a regular expression match as V8 makes it: goja's
// result has input, then index, and no groups unless the program names a
// group (js/regexp_groups.go); V8's has index, input, groups (undefined
// when the pattern names none).
func matchKeys(keys []propKey) []propKey {
	if len(keys) == 2 && keys[0].sym == nil && keys[1].sym == nil && keys[0].name == "input" && keys[1].name == "index" {
		return []propKey{{name: "index"}, {name: "input"}, {name: "groups"}}
	}
	return keys
}

func (k propKey) value(rt *goja.Runtime) goja.Value {
	if k.sym != nil {
		return k.sym
	}
	return rt.ToValue(k.name)
}

// descriptor is the part of a property descriptor inspect looks at.
type descriptor struct {
	value      goja.Value // nil for accessors
	hasGet     bool
	hasSet     bool
	enumerable bool
	get        goja.Value   // the getter, for the getters option
	recv       *goja.Object // the object the getter is called on
}

// ownDescriptor is Object.getOwnPropertyDescriptor; ok is false when the
// property does not exist.
func (s *inspector) ownDescriptor(o *goja.Object, key goja.Value) (d descriptor, ok bool) {
	dv := call(s.in.getOwnPropertyDescriptor, goja.Undefined(), o, key)
	do, isObj := dv.(*goja.Object)
	if !isObj {
		return d, false
	}
	d.enumerable = do.Get("enumerable").ToBoolean()
	if g := do.Get("get"); g != nil {
		// An accessor descriptor: get and set are present, maybe undefined.
		d.hasGet = !goja.IsUndefined(g)
		d.hasSet = !goja.IsUndefined(do.Get("set"))
		d.get, d.recv = g, o
		return d, true
	}
	d.value = do.Get("value")
	if d.value == nil {
		d.value = goja.Undefined()
	}
	return d, true
}

// hasOwn is Object.prototype.hasOwnProperty, cheaper than a descriptor
// when only existence matters.
func (s *inspector) hasOwn(o *goja.Object, key goja.Value) bool {
	if s.in.hasOwnProperty == nil {
		_, ok := s.ownDescriptor(o, key)
		return ok
	}
	return call(s.in.hasOwnProperty, o, key).ToBoolean()
}

// getKeys is node's getKeys: own enumerable string keys and symbols, or all
// of them with showHidden.
func (s *inspector) getKeys(o *goja.Object) []propKey {
	var names []string
	if s.opts.ShowHidden {
		names = o.GetOwnPropertyNames()
	} else {
		names = o.Keys()
	}
	keys := make([]propKey, 0, len(names))
	for _, n := range names {
		keys = append(keys, propKey{name: n})
	}
	if s.opts.ShowHidden {
		if s.in.more().getOwnPropertySymbols != nil {
			arr, _ := call(s.in.more().getOwnPropertySymbols, goja.Undefined(), o).(*goja.Object)
			if arr != nil {
				n := int(arr.Get("length").ToInteger())
				for i := 0; i < n; i++ {
					if sym, ok := arr.Get(strconv.Itoa(i)).(*goja.Symbol); ok {
						keys = append(keys, propKey{sym: sym})
					}
				}
			}
		}
	} else {
		for _, sym := range o.Symbols() {
			if sym != nil {
				keys = append(keys, propKey{sym: sym})
			}
		}
	}
	return keys
}

// nonIndexKeys is node's getOwnNonIndexProperties for arrays and typed
// arrays.
func (s *inspector) nonIndexKeys(o *goja.Object) []propKey {
	keys := s.getKeys(o)
	out := keys[:0]
	for _, k := range keys {
		if k.sym == nil && isArrayIndex(k.name) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// matchResultKeys puts the keys of a regular-expression match as goja
// makes it (input, index; no groups) in V8's order, index, input, groups
// (undefined: the pattern names no group), so that a match prints as in
// node. evloop reshapes the results themselves only in a program that
// names a group (js/regexpglobals.go); they come out with groups already.
func matchResultKeys(o *goja.Object, keys []propKey) []propKey {
	at := 0
	for at < len(keys) && keys[at].sym == nil && keys[at].name == "length" {
		at++ // showHidden's [length]
	}
	if at+1 >= len(keys) || keys[at].name != "input" || keys[at+1].name != "index" || keys[at].sym != nil ||
		keys[at+1].sym != nil || !goja.IsString(o.Get("input")) || !goja.IsNumber(o.Get("index")) {
		return keys
	}
	for _, k := range keys[at+2:] {
		if k.sym == nil && k.name == "groups" {
			return keys
		}
	}
	out := make([]propKey, 0, len(keys)+1)
	out = append(out, keys[:at]...)
	out = append(out, keys[at+1], keys[at], propKey{name: "groups"})
	return append(out, keys[at+2:]...)
}

func isArrayIndex(s string) bool {
	if !isIndex(s) {
		return false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return err == nil && n < 1<<32-1
}

// constructorName is node's getConstructorName: the name of the first
// constructor up the prototype chain that the object is an instance of.
// ok is false for an object whose prototype is null.
//
// With showHidden, protoProps is non-nil and receives the non-method
// properties of user-defined prototypes (node's addPrototypeProperties).
func (s *inspector) constructorName(obj *goja.Object, recurse int, protoProps *[]string) (name string, ok bool) {
	var firstProto *goja.Object
	firstSet := false
	start := func() *goja.Object {
		if firstProto != nil {
			return firstProto
		}
		return obj
	}
	for o := obj; o != nil; {
		if o == s.in.objectProto && obj != o || o == s.in.functionProto && obj != o && isFunction(obj) {
			if protoProps != nil && (!firstSet || firstProto != o) {
				s.addPrototypeProperties(obj, start(), recurse, protoProps)
			}
			if o == s.in.objectProto {
				return "Object", true
			}
			return "Function", true
		}
		// Most objects have no own constructor: hasOwn is cheaper than
		// asking for the descriptor every time.
		if ctorKey := s.rt.ToValue("constructor"); s.hasOwn(o, ctorKey) {
			if n, found := s.ownConstructorName(obj, o, ctorKey); found {
				if protoProps != nil && (!firstSet || firstProto != o || !builtInNames[n]) {
					s.addPrototypeProperties(obj, start(), recurse, protoProps)
				}
				return n, true
			}
		}
		o = o.Prototype()
		if !firstSet {
			firstProto, firstSet = o, true
		}
	}
	if firstProto == nil {
		return "", false
	}
	res := s.internalConstructorName(obj)
	if s.tooDeep(recurse) {
		return res + " <Complex prototype>", true
	}
	protoName, protoOK := s.constructorName(firstProto, recurse+1, protoProps)
	if !protoOK {
		sub := newInspector(s.rt, s.opts, s.in)
		sub.opts.ShowHidden = false
		sub.opts.CustomInspect = false
		sub.collapse = true
		return res + " <" + sub.formatValue(firstProto, 0, false) + ">", true
	}
	return res + " <" + protoName + ">", true
}

// ownConstructorName returns the name of o's own constructor property when
// it is a named function that obj is an instance of.
func (s *inspector) ownConstructorName(obj, o *goja.Object, ctorKey goja.Value) (string, bool) {
	d, has := s.ownDescriptor(o, ctorKey)
	if !has || d.value == nil {
		return "", false
	}
	c, isObj := d.value.(*goja.Object)
	if !isObj || !isFunction(c) {
		return "", false
	}
	n := c.Get("name")
	if n == nil || goja.IsUndefined(n) || n.String() == "" || !s.instanceOf(obj, c) {
		return "", false
	}
	return n.String(), true
}

// internalConstructorName approximates V8's class name of an object, used
// by node only for objects whose chain has no usable constructor.
func (s *inspector) internalConstructorName(o *goja.Object) string {
	if _, isFn := goja.AssertFunction(o); isFn {
		return "Function"
	}
	switch c := o.ClassName(); c {
	case "Array", "Error", "Date", "RegExp", "Number", "String", "Boolean", "Arguments":
		return c
	}
	return "Object"
}

func isFunction(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o)
	return ok
}

// addPrototypeProperties is node's addPrototypeProperties: up to three
// user-defined prototype levels contribute their getters and data
// properties (not methods), as if they were the object's own hidden ones.
func (s *inspector) addPrototypeProperties(main, obj *goja.Object, recurse int, output *[]string) {
	var keys []propKey
	keySet := map[propKey]bool{}
	for depth := 0; depth < 3; depth++ {
		if depth != 0 || main == obj {
			obj = obj.Prototype()
			if obj == nil {
				return
			}
			if d, ok := s.ownDescriptor(obj, s.rt.ToValue("constructor")); ok && d.value != nil {
				if c, isObj := d.value.(*goja.Object); isObj && isFunction(c) && builtInNames[jsToString(c.Get("name"))] {
					return
				}
			}
		}
		if depth != 0 {
			for _, k := range keys {
				keySet[k] = true
			}
		}
		keys = s.ownKeys(obj)
		s.seen = append(s.seen, main)
		for _, k := range keys {
			if k.sym == nil && k.name == "constructor" || depth != 0 && keySet[k] {
				continue
			}
			if s.hasOwn(main, k.value(s.rt)) {
				continue
			}
			d, _ := s.ownDescriptor(obj, k.value(s.rt))
			d.recv = main // node calls a prototype's getter on the value shown
			if v, isObj := d.value.(*goja.Object); isObj && isFunction(v) {
				continue
			}
			str := s.formatPropertyDesc(k, d, recurse, kindObject)
			if s.opts.Colors {
				str = "\x1b[2m" + str + "\x1b[22m"
			}
			*output = append(*output, str)
		}
		s.seen = s.seen[:len(s.seen)-1]
	}
}

// ownKeys is Reflect.ownKeys: every own string key, then every own symbol.
func (s *inspector) ownKeys(o *goja.Object) []propKey {
	saved := s.opts.ShowHidden
	s.opts.ShowHidden = true
	keys := s.getKeys(o)
	s.opts.ShowHidden = saved
	return keys
}

func (s *inspector) instanceOf(o, c *goja.Object) (res bool) {
	ex := s.rt.Try(func() { res = s.rt.InstanceOf(o, c) })
	return ex == nil && res
}

// prefix is node's getPrefix.
func prefix(ctor string, hasCtor bool, tag, fallback, size string) string {
	if !hasCtor {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && ctor != tag {
		return ctor + size + " [" + tag + "] "
	}
	return ctor + size + " "
}

// ctxStyle is node's getCtxStyle.
func (s *inspector) ctxStyle(o *goja.Object, ctor string, hasCtor bool, tag string) string {
	fallback := ""
	if !hasCtor {
		fallback = s.internalConstructorName(o)
		if fallback == tag {
			fallback = "Object"
		}
	}
	return prefix(ctor, hasCtor, tag, fallback, "")
}

// typedArrayName returns the constructor name of a typed array, or "".
func (s *inspector) typedArrayName(o *goja.Object) string {
	switch o.ExportType().String() {
	case "[]uint8", "[]int8", "[]uint16", "[]int16", "[]uint32", "[]int32", "[]float32", "[]float64", "[]int64", "[]uint64":
	default:
		return ""
	}
	if o.ClassName() != "Object" {
		return ""
	}
	v, ok := s.safeCall(s.in.more().typedArrayTag, o)
	if !ok || !goja.IsString(v) {
		return ""
	}
	return v.String()
}

func (s *inspector) isError(o *goja.Object) bool {
	if o.ClassName() == "Error" {
		return true
	}
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == s.in.errorProto {
			return true
		}
	}
	return false
}

func (s *inspector) isBrand(o *goja.Object, has goja.Callable) bool {
	if has == nil {
		return false
	}
	_, ok := s.safeCall(has, o, s.rt.NewObject())
	return ok
}

// formatRaw is node's formatRaw: pick braces, a base text and an entry
// formatter by the object's type, then add the own properties and reduce
// everything to one or more lines.
func (s *inspector) formatRaw(o *goja.Object, recurse int, typedArray bool) string {
	var protoProps []string
	var protoSink *[]string
	if s.opts.ShowHidden && !s.tooDeep(recurse) {
		protoSink = &protoProps
	}
	ctor, hasCtor := s.constructorName(o, recurse, protoSink)

	tag, rawTag := "", ""
	if t := o.GetSymbol(goja.SymToStringTag); t != nil && goja.IsString(t) && t.String() != "" {
		tag = t.String()
		rawTag = tag
		if d, has := s.ownDescriptor(o, goja.SymToStringTag); has && (s.opts.ShowHidden || d.enumerable) {
			tag = ""
		}
	}

	var (
		keys      []propKey
		base      string
		formatter = func(recurse int) []string { return nil }
		braces    = [2]string{"{", "}"}
		extras    = kindObject
		_, isFunc = goja.AssertFunction(o)
		class     = o.ClassName()
		etype     = o.ExportType()
	)

	typedName := ""
	var iter iterPreview
	isIter := false
	if !isFunc && class == "Object" {
		typedName = s.typedArrayName(o)
		if typedName == "" && etype != typeMap && etype != typeSet {
			iter, isIter = previewIterator(o)
		}
	}

	switch {
	case class == "Array" && !isFunc:
		length := int(o.Get("length").ToInteger())
		pre := ""
		if ctor != "Array" || tag != "" {
			pre = prefix(ctor, hasCtor, tag, "Array", "("+strconv.Itoa(length)+")")
		}
		keys = matchResultKeys(o, s.nonIndexKeys(o))
		braces = [2]string{pre + "[", "]"}
		if length == 0 && len(keys) == 0 && len(protoProps) == 0 {
			return braces[0] + "]"
		}
		extras = kindArrayExtras
		formatter = func(recurse int) []string { return s.formatArray(o, length, recurse) }
	case class == "Object" && etype == typeSet && !isFunc:
		values := s.collect(o, s.in.more().setForEach, false)
		pre := prefix(ctor, hasCtor, tag, "Set", "("+strconv.Itoa(len(values))+")")
		keys = s.getKeys(o)
		if len(values) == 0 && len(keys) == 0 && len(protoProps) == 0 {
			return pre + "{}"
		}
		braces = [2]string{pre + "{", "}"}
		formatter = func(recurse int) []string { return s.formatSet(values, recurse) }
	case class == "Object" && etype == typeMap && !isFunc:
		entries := s.collect(o, s.in.more().mapForEach, true)
		pre := prefix(ctor, hasCtor, tag, "Map", "("+strconv.Itoa(len(entries)/2)+")")
		keys = s.getKeys(o)
		if len(entries) == 0 && len(keys) == 0 && len(protoProps) == 0 {
			return pre + "{}"
		}
		braces = [2]string{pre + "{", "}"}
		formatter = func(recurse int) []string { return s.formatMap(entries, recurse) }
	case class == "Object" && !isFunc && isIter:
		keys = s.getKeys(o)
		braces[0] = iteratorBraces(iter, tag)
		formatter = func(recurse int) []string { return s.formatIterator(iter, recurse) }
	case typedName != "":
		keys = s.nonIndexKeys(o)
		fallback := ""
		if !hasCtor {
			fallback = typedName
		}
		length := int(o.Get("length").ToInteger())
		pre := prefix(ctor, hasCtor, tag, fallback, "("+strconv.Itoa(length)+")")
		braces = [2]string{pre + "[", "]"}
		if length == 0 && len(keys) == 0 && !s.opts.ShowHidden {
			return braces[0] + "]"
		}
		formatter = func(recurse int) []string { return s.formatTypedArray(o, length, recurse) }
		extras = kindArrayExtras
	default:
		keys = s.getKeys(o)
		switch {
		case isFunc:
			base = s.functionBase(o, ctor, hasCtor, tag)
			if len(keys) == 0 && len(protoProps) == 0 {
				return s.stylize(base, styleSpecial)
			}
		case !hasCtor && rawTag == "Module" && o.ExportType() == typeProxy:
			braces[0] = prefix(ctor, hasCtor, rawTag, "Module", "") + "{"
			if len(keys) == 0 {
				return braces[0] + "}"
			}
		case hasCtor && ctor == "Object":
			if class == "Arguments" {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = prefix(ctor, hasCtor, tag, "Object", "") + "{"
			}
			if len(keys) == 0 && len(protoProps) == 0 {
				return braces[0] + "}"
			}
		case class == "RegExp":
			base = call(s.in.more().regexpToString, o).String()
			if p := prefix(ctor, hasCtor, tag, "RegExp", ""); p != "RegExp " {
				base = p + base
			}
			if len(keys) == 0 && len(protoProps) == 0 || s.tooDeep(recurse) {
				return s.stylize(base, styleRegexp)
			}
		case class == "Date":
			if t := call(s.in.more().dateGetTime, o).ToFloat(); math.IsNaN(t) {
				base = call(s.in.more().dateToString, o).String()
			} else {
				base = call(s.in.more().dateToISOString, o).String()
			}
			if p := prefix(ctor, hasCtor, tag, "Date", ""); p != "Date " {
				base = p + base
			}
			if len(keys) == 0 && len(protoProps) == 0 {
				return s.stylize(base, styleDate)
			}
		case s.isError(o):
			base, keys = s.formatError(o, ctor, hasCtor, tag, keys)
			if len(keys) == 0 && len(protoProps) == 0 {
				return base
			}
		case class == "Object" && etype == typeArrayBuffer:
			pre := prefix(ctor, hasCtor, tag, "ArrayBuffer", "")
			ab, _ := safeexport.Export(o).(goja.ArrayBuffer)
			if !typedArray {
				formatter = func(int) []string { return s.formatArrayBuffer(ab) }
			} else if len(keys) == 0 && len(protoProps) == 0 {
				return pre + "{ byteLength: " + s.stylize(strconv.Itoa(len(ab.Bytes())), styleNumber) + " }"
			}
			braces[0] = pre + "{"
			keys = append([]propKey{{name: "byteLength"}}, keys...)
		case class == "Object" && rawTag == "DataView" && s.isBrand(o, s.in.more().dataViewByteLength):
			braces[0] = prefix(ctor, hasCtor, tag, "DataView", "") + "{"
			keys = append([]propKey{{name: "byteLength"}, {name: "byteOffset"}, {name: "buffer"}}, keys...)
		case class == "Object" && etype == typePromise:
			braces[0] = prefix(ctor, hasCtor, tag, "Promise", "") + "{"
			p, _ := safeexport.Export(o).(*goja.Promise)
			formatter = func(recurse int) []string { return s.formatPromise(p, recurse) }
		case class == "Object" && rawTag == "WeakSet" && s.isBrand(o, s.in.more().weakSetHas),
			class == "Object" && rawTag == "WeakMap" && s.isBrand(o, s.in.more().weakMapHas):
			braces[0] = prefix(ctor, hasCtor, tag, rawTag, "") + "{"
			formatter = func(int) []string { return []string{s.stylize("<items unknown>", styleSpecial)} }
		case s.isBoxed(o, class):
			base, keys = s.boxedBase(o, class, ctor, hasCtor, tag, keys)
			if len(keys) == 0 && len(protoProps) == 0 {
				return base
			}
		default:
			if len(keys) == 0 && len(protoProps) == 0 {
				return s.ctxStyle(o, ctor, hasCtor, tag) + "{}"
			}
			braces[0] = s.ctxStyle(o, ctor, hasCtor, tag) + "{"
		}
	}

	if s.tooDeep(recurse) {
		name := strings.TrimSuffix(s.ctxStyle(o, ctor, hasCtor, tag), " ")
		if hasCtor {
			name = "[" + name + "]"
		}
		return s.stylize(name, styleSpecial)
	}
	if len(s.seen) >= maxNesting {
		// node catches V8's stack overflow here; Go would not survive one.
		name := strings.TrimSuffix(s.ctxStyle(o, ctor, hasCtor, tag), " ")
		return s.stylize("["+name+": Inspection interrupted prematurely. Maximum call stack size exceeded.]", styleSpecial)
	}
	recurse++
	s.seen = append(s.seen, o)
	s.currentDepth = recurse
	output := formatter(recurse)
	for _, k := range keys {
		output = append(output, s.formatProperty(o, k, recurse, extras))
	}
	output = append(output, protoProps...)
	if idx, ok := s.circular[o]; ok {
		ref := s.stylize("<ref *"+strconv.Itoa(idx)+">", styleSpecial)
		if base == "" {
			base = ref
		} else {
			base = ref + " " + base
		}
	}
	s.seen = s.seen[:len(s.seen)-1]

	if s.opts.Sorted {
		if extras == kindObject {
			sort.Strings(output)
		} else if len(keys) > 1 {
			sort.Strings(output[len(output)-len(keys):])
		}
	}
	return s.reduceToSingleString(output, base, braces, extras, recurse, o)
}

// collect gathers a Map's [k, v, k, v, ...] or a Set's values through the
// built-in forEach, which neither consumes nor depends on user iterators.
func (s *inspector) collect(o *goja.Object, forEach goja.Callable, pairs bool) []goja.Value {
	var out []goja.Value
	if forEach == nil {
		return nil
	}
	cb := s.rt.ToValue(func(c goja.FunctionCall) goja.Value {
		if pairs {
			out = append(out, c.Argument(1), c.Argument(0))
		} else {
			out = append(out, c.Argument(0))
		}
		return goja.Undefined()
	})
	call(forEach, o, cb)
	return out
}

func (s *inspector) formatSet(values []goja.Value, recurse int) []string {
	n := min(s.maxArrayLength(), len(values))
	output := make([]string, 0, n+1)
	s.indent += 2
	for _, v := range values[:n] {
		output = append(output, s.formatValue(v, recurse, false))
	}
	if rest := len(values) - n; rest > 0 {
		output = append(output, remainingText(rest))
	}
	s.indent -= 2
	return output
}

func (s *inspector) formatMap(entries []goja.Value, recurse int) []string {
	size := len(entries) / 2
	n := min(s.maxArrayLength(), size)
	output := make([]string, 0, n+1)
	s.indent += 2
	for i := 0; i < n; i++ {
		k := s.formatValue(entries[2*i], recurse, false)
		v := s.formatValue(entries[2*i+1], recurse, false)
		output = append(output, k+" => "+v)
	}
	if rest := size - n; rest > 0 {
		output = append(output, remainingText(rest))
	}
	s.indent -= 2
	return output
}

func (s *inspector) formatArray(o *goja.Object, length, recurse int) []string {
	n := min(max(0, s.maxArrayLength()), length)
	output := make([]string, 0, min(n+1, 1024))
	for i := 0; i < n; i++ {
		key := s.rt.ToValue(i)
		d, ok := s.ownDescriptor(o, key)
		if !ok {
			return s.formatSpecialArray(o, length, recurse, n, output, i)
		}
		output = append(output, s.formatDescriptor(d, recurse, kindArray))
	}
	if rest := length - n; rest > 0 {
		output = append(output, remainingText(rest))
	}
	return output
}

// formatSpecialArray is node's formatSpecialArray: a sparse array walked by
// its keys, holes printed as <n empty items>.
func (s *inspector) formatSpecialArray(o *goja.Object, length, recurse, maxLength int, output []string, i int) []string {
	keys := o.Keys()
	index := i
	for ; i < len(keys) && len(output) < maxLength; i++ {
		key := keys[i]
		tmp, err := strconv.ParseFloat(key, 64)
		if err == nil && tmp > 1<<32-2 {
			break
		}
		if strconv.Itoa(index) != key {
			if !isIndex(key) {
				break
			}
			empty := int(tmp) - index
			output = append(output, s.stylize("<"+strconv.Itoa(empty)+" empty item"+plural(empty)+">", styleUndefined))
			index = int(tmp)
			if len(output) == maxLength {
				break
			}
		}
		d, _ := s.ownDescriptor(o, s.rt.ToValue(key))
		output = append(output, s.formatDescriptor(d, recurse, kindArray))
		index++
	}
	remaining := length - index
	if len(output) != maxLength {
		if remaining > 0 {
			output = append(output, s.stylize("<"+strconv.Itoa(remaining)+" empty item"+plural(remaining)+">", styleUndefined))
		}
	} else if remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

func (s *inspector) formatTypedArray(o *goja.Object, length, recurse int) []string {
	n := min(max(0, s.maxArrayLength()), length)
	output := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		v := o.Get(strconv.Itoa(i))
		output = append(output, s.formatPrimitive(v))
	}
	if rest := length - n; rest > 0 {
		output = append(output, remainingText(rest))
	}
	if s.opts.ShowHidden {
		s.indent += 2
		for _, k := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			str := s.formatValue(o.Get(k), recurse, true)
			output = append(output, "["+k+"]: "+str)
		}
		s.indent -= 2
	}
	return output
}

func (s *inspector) formatArrayBuffer(ab goja.ArrayBuffer) []string {
	if ab.Detached() {
		return []string{s.stylize("(detached)", styleSpecial)}
	}
	data := ab.Bytes()
	n := min(s.maxArrayLength(), len(data))
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.WriteString(s.stylize("[Uint8Contents]", styleSpecial))
	b.WriteString(": <")
	for i, c := range data[:n] {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	if rest := len(data) - n; rest > 0 {
		b.WriteString(" ... " + strconv.Itoa(rest) + " more byte" + plural(rest))
	}
	b.WriteByte('>')
	return []string{b.String()}
}

func (s *inspector) formatPromise(p *goja.Promise, recurse int) []string {
	if p == nil || p.State() == goja.PromiseStatePending {
		return []string{s.stylize("<pending>", styleSpecial)}
	}
	s.indent += 2
	str := s.formatValue(p.Result(), recurse, false)
	s.indent -= 2
	if p.State() == goja.PromiseStateRejected {
		str = s.stylize("<rejected>", styleSpecial) + " " + str
	}
	return []string{str}
}

// formatProperty is node's formatProperty: "key: value", or only the value
// for array entries.
func (s *inspector) formatProperty(o *goja.Object, k propKey, recurse, kind int) string {
	kv := k.value(s.rt)
	d, ok := s.ownDescriptor(o, kv)
	if !ok {
		d = descriptor{value: o.Get(k.name), enumerable: true}
		if k.sym != nil {
			d.value = o.GetSymbol(k.sym)
		}
		if d.value == nil {
			d.value = goja.Undefined()
		}
	}
	return s.formatPropertyDesc(k, d, recurse, kind)
}

func (s *inspector) formatPropertyDesc(k propKey, d descriptor, recurse, kind int) string {
	str := s.formatDescriptor(d, recurse, kind)
	if kind == kindArray {
		return str
	}
	var name string
	switch {
	case k.sym != nil:
		name = "[" + s.stylize(escapeKey(symbolString(k.sym)), styleSymbol) + "]"
	case k.name == "__proto__":
		name = "['__proto__']"
	case !d.enumerable:
		name = "[" + escapeKey(k.name) + "]"
	case isIdentifier(k.name):
		name = s.stylize(k.name, styleName)
	default:
		name = s.stylize(strEscape(fromGo(k.name)), styleString)
	}
	return name + ": " + str
}

func (s *inspector) formatDescriptor(d descriptor, recurse, kind int) string {
	switch {
	case d.value != nil && !goja.IsUndefined(d.value):
		s.indent += 2
		str := s.formatValue(d.value, recurse, false)
		s.indent -= 2
		return str
	case d.hasGet && s.callsGetter(d.hasSet):
		return s.formatGetter(d, recurse)
	case d.hasGet && d.hasSet:
		return s.stylize("[Getter/Setter]", styleSpecial)
	case d.hasGet:
		return s.stylize("[Getter]", styleSpecial)
	case d.hasSet:
		return s.stylize("[Setter]", styleSpecial)
	}
	return s.stylize("undefined", styleUndefined)
}

// callsGetter says whether the getters option asks for an accessor's value:
// true for every getter, 'get' for those without a setter, 'set' for those
// with one.
func (s *inspector) callsGetter(hasSet bool) bool {
	switch s.opts.Getters {
	case GettersAll:
		return true
	case GettersGetOnly:
		return !hasSet
	case GettersSetOnly:
		return hasSet
	}
	return false
}

// formatGetter is node's getters option: the getter is called on the
// object and its value shown in the label, [Getter: 5], or after it for an
// object, [Getter] { a: 1 }; a throw shows its message instead.
func (s *inspector) formatGetter(d descriptor, recurse int) string {
	label := "Getter"
	if d.hasSet {
		label = "Getter/Setter"
	}
	fn, ok := goja.AssertFunction(d.get)
	if !ok {
		return s.stylize("["+label+"]", styleSpecial)
	}
	var recv goja.Value = goja.Undefined()
	if d.recv != nil {
		recv = d.recv
	}
	v, err := fn(recv)
	if err != nil {
		thrown, isEx := err.(*goja.Exception)
		if !isEx {
			panic(err) // an interrupt: let it end the run as elsewhere
		}
		msg := "undefined"
		if eo, isObj := thrown.Value().(*goja.Object); isObj {
			msg = "undefined"
			if m := eo.Get("message"); m != nil && !goja.IsUndefined(m) {
				msg = jsToString(m)
			}
		}
		return s.stylize("["+label+":", styleSpecial) + " <Inspection threw (" + msg + ")>" + s.stylize("]", styleSpecial)
	}
	s.indent += 2
	defer func() { s.indent -= 2 }()
	switch {
	case v == nil || goja.IsNull(v):
		return s.stylize("["+label+":", styleSpecial) + " " + s.stylize("null", styleNull) + s.stylize("]", styleSpecial)
	case isObj(v):
		return s.stylize("["+label+"]", styleSpecial) + " " + s.formatValue(v, recurse, false)
	}
	return s.stylize("["+label+":", styleSpecial) + " " + s.formatPrimitive(v) + s.stylize("]", styleSpecial)
}

func (s *inspector) isBoxed(o *goja.Object, class string) bool {
	switch class {
	case "Number", "String", "Boolean":
		return true
	case "Object":
	default:
		return false
	}
	switch o.ExportType().String() {
	case "*big.Int":
		_, ok := s.safeCall(s.in.more().bigintValueOf, o)
		return ok
	case "string":
		_, ok := s.safeCall(s.in.more().symbolValueOf, o)
		return ok
	}
	return false
}

// boxedBase is node's getBoxedBase: [Number: 3], [String: 'x'] and so on.
func (s *inspector) boxedBase(o *goja.Object, class, ctor string, hasCtor bool, tag string, keys []propKey) (string, []propKey) {
	var typ string
	var prim goja.Value
	switch class {
	case "Number":
		typ, prim = "Number", call(s.in.more().numberValueOf, o)
	case "String":
		typ, prim = "String", call(s.in.more().stringValueOf, o)
		// The index keys of a String object only repeat its characters.
		n := toJSString(prim).len()
		out := keys[:0]
		for _, k := range keys {
			if n > 0 && k.sym == nil && isIndex(k.name) {
				if i, err := strconv.Atoi(k.name); err == nil && i < n {
					continue
				}
			}
			out = append(out, k)
		}
		keys = out
	case "Boolean":
		typ, prim = "Boolean", call(s.in.more().booleanValueOf, o)
	default:
		if v, ok := s.safeCall(s.in.more().bigintValueOf, o); ok {
			typ, prim = "BigInt", v
		} else {
			typ, prim = "Symbol", call(s.in.more().symbolValueOf, o)
		}
	}
	base := "[" + typ
	if typ != ctor {
		if !hasCtor {
			base += " (null prototype)"
		} else {
			base += " (" + ctor + ")"
		}
	}
	plain := *s
	plain.opts.Colors = false
	base += ": " + plain.formatPrimitive(prim) + "]"
	if tag != "" && tag != ctor {
		base += " [" + tag + "]"
	}
	if len(keys) != 0 || !s.opts.Colors {
		return base, keys
	}
	return s.stylize(base, styleByName[strings.ToLower(typ)]), keys
}

// reduceToSingleString is node's reduceToSingleString for the numeric
// compact mode: entries go on one line when the object is at most
// opts.Compact levels from its innermost nesting and the line fits in
// breakLength; otherwise one entry per line.
func (s *inspector) reduceToSingleString(output []string, base string, braces [2]string, kind, recurse int, value *goja.Object) string {
	if s.opts.Compact >= 1 {
		entries := len(output)
		if kind == kindArrayExtras && entries > 6 {
			output = s.groupArrayElements(output, value)
		}
		if s.currentDepth-recurse < s.opts.Compact && entries == len(output) {
			start := len(output) + s.indent + jsLen(braces[0]) + jsLen(base) + 10
			if s.isBelowBreakLength(output, start, base) {
				joined := strings.Join(output, ", ")
				if !strings.Contains(joined, "\n") {
					b := base
					if b != "" {
						b += " "
					}
					return b + braces[0] + " " + joined + " " + braces[1]
				}
			}
		}
	}
	indentation := "\n" + spaces(s.indent)
	b := base
	if b != "" {
		b += " "
	}
	return b + braces[0] + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
}

func (s *inspector) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > s.opts.BreakLength {
		return false
	}
	for _, o := range output {
		if !s.opts.Colors && len(o) > 3*(s.opts.BreakLength-total) {
			// At most three UTF-8 bytes per UTF-16 unit: too long for sure,
			// without measuring a possibly huge nested text.
			return false
		}
		if s.opts.Colors {
			total += jsLen(stripANSI(o))
		} else {
			total += jsLen(o)
		}
		if total > s.opts.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// groupArrayElements is node's groupArrayElements: arrays with more than six
// short entries are laid out in aligned columns, numbers right-aligned.
func (s *inspector) groupArrayElements(output []string, value *goja.Object) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if s.opts.MaxArrayLength >= 0 && s.opts.MaxArrayLength < len(output) {
		// The "... more items" entry does not take part.
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := stringWidth(output[i], s.opts.Colors)
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+s.indent < s.opts.BreakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		const approxCharHeights = 2.5
		averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
		biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
		columns := min(
			int(math.Floor(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax+0.5)),
			(s.opts.BreakLength-s.indent)/actualMax,
			s.opts.Compact*4,
			15,
		)
		if columns <= 1 {
			return output
		}
		var tmp []string
		maxLineLength := make([]int, 0, columns)
		for i := 0; i < columns; i++ {
			lineMax := 0
			for j := i; j < len(output); j += columns {
				if j < outputLength && dataLen[j] > lineMax {
					lineMax = dataLen[j]
				}
			}
			maxLineLength = append(maxLineLength, lineMax+separatorSpace)
		}
		padStart := true
		if value != nil {
			for i := 0; i < len(output); i++ {
				v := value.Get(strconv.Itoa(i))
				if v == nil || !goja.IsNumber(v) && !goja.IsBigInt(v) {
					padStart = false
					break
				}
			}
		}
		for i := 0; i < outputLength; i += columns {
			maxI := min(i+columns, outputLength)
			var b strings.Builder
			j := i
			for ; j < maxI-1; j++ {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
				pad(&b, output[j]+", ", padding, padStart)
			}
			if padStart {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
				pad(&b, output[j], padding, true)
			} else {
				b.WriteString(output[j])
			}
			tmp = append(tmp, b.String())
		}
		if outputLength < len(output) {
			tmp = append(tmp, output[outputLength])
		}
		output = tmp
	}
	return output
}

// pad writes str padded with spaces to width UTF-16 units, on the left when
// start is set (String.prototype.padStart) or on the right.
func pad(b *strings.Builder, str string, width int, start bool) {
	n := width - jsLen(str)
	if start {
		b.WriteString(spaces(n))
	}
	b.WriteString(str)
	if !start {
		b.WriteString(spaces(n))
	}
}

func isObj(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}
