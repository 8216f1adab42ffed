package inspect

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/evloop/evloop/js/internal/safeexport"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Format returns util.format(args...). Call only on the goroutine that owns
// rt; it never panics (see TryFormat).
func Format(rt *goja.Runtime, args []goja.Value) string {
	return FormatWithOptions(rt, Defaults(), args)
}

// FormatWithOptions returns util.formatWithOptions(opts, args...), which is
// what console.log prints for its arguments.
func FormatWithOptions(rt *goja.Runtime, opts Options, args []goja.Value) string {
	s, ex := TryFormat(rt, opts, args)
	if ex != nil {
		return thrownText(ex)
	}
	return s
}

// TryFormat is FormatWithOptions that returns a JS exception thrown while
// formatting (a custom inspect function, a user toString used by %s, a
// BigInt given to %j) instead of rendering it.
func TryFormat(rt *goja.Runtime, opts Options, args []goja.Value) (out string, ex *goja.Exception) {
	// console.log("text") is the common case: no directives, nothing to
	// inspect, no intrinsics to load.
	if len(args) == 1 && goja.IsString(args[0]) {
		return args[0].String(), nil
	}
	copied := false
	for i, a := range args {
		if a == nil {
			if !copied {
				// The caller's slice is not ours to change.
				args, copied = append([]goja.Value(nil), args...), true
			}
			args[i] = goja.Undefined()
		}
	}
	f := formatter{rt: rt, opts: opts}
	ex = rt.Try(func() { out = f.format(args) })
	return out, ex
}

type formatter struct {
	rt   *goja.Runtime
	opts Options
	in   *intrinsics
}

func (f *formatter) intrinsics() *intrinsics {
	if f.in == nil {
		f.in = loadIntrinsics(f.rt)
	}
	return f.in
}

func (f *formatter) inspect(v goja.Value, opts Options) string {
	if _, ok := v.(*goja.Object); !ok {
		// Primitives need no intrinsics.
		s := &inspector{rt: f.rt, opts: opts}
		return s.formatPrimitive(v)
	}
	s := newInspector(f.rt, opts, f.intrinsics())
	return s.formatValue(v, 0, false)
}

// format is node's formatWithOptionsInternal.
func (f *formatter) format(args []goja.Value) string {
	var b strings.Builder
	a := 0
	join := ""
	if len(args) > 0 && goja.IsString(args[0]) {
		first := args[0].String()
		if len(args) == 1 {
			return first
		}
		lastPos := 0
		for i := 0; i < len(first)-1; i++ {
			if first[i] != '%' {
				continue
			}
			i++
			next := first[i]
			if a+1 != len(args) {
				var temp string
				switch next {
				case 's':
					a++
					temp = f.formatS(args[a])
				case 'j':
					a++
					temp = f.formatJ(args[a])
				case 'd':
					a++
					temp = f.formatD(args[a])
				case 'O':
					a++
					temp = f.inspect(args[a], f.opts)
				case 'o':
					a++
					o := f.opts
					o.ShowHidden, o.ShowProxy, o.Depth = true, true, 4
					temp = f.inspect(args[a], o)
				case 'i':
					a++
					temp = f.formatNumeric(args[a], f.intrinsics().more().parseInt, true)
				case 'f':
					a++
					temp = f.formatNumeric(args[a], f.intrinsics().more().parseFloat, false)
				case 'c':
					a++
					temp = ""
				case '%':
					b.WriteString(first[lastPos:i])
					lastPos = i + 1
					continue
				default:
					continue
				}
				if lastPos != i-1 {
					b.WriteString(first[lastPos : i-1])
				}
				b.WriteString(temp)
				lastPos = i + 1
			} else if next == '%' {
				b.WriteString(first[lastPos:i])
				lastPos = i + 1
			}
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(first) {
				b.WriteString(first[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		b.WriteString(join)
		if v := args[a]; goja.IsString(v) {
			b.WriteString(v.String())
		} else {
			b.WriteString(f.inspect(v, f.opts))
		}
		join = " "
	}
	return b.String()
}

// number and bigint are node's formatNumber and formatBigInt for %s, %d
// and %i: with the numericSeparator option, digits grouped by three.
func (f *formatter) number(v goja.Value) string {
	if f.opts.NumericSeparator {
		return (&inspector{rt: f.rt}).separatedNumber(v)
	}
	return numberValue(v)
}

func (f *formatter) bigint(v goja.Value) string {
	if f.opts.NumericSeparator {
		return groupDigits(v.String()) + "n"
	}
	return v.String() + "n"
}

func (f *formatter) formatS(v goja.Value) string {
	switch {
	case goja.IsNumber(v):
		return f.number(v)
	case goja.IsBigInt(v):
		return f.bigint(v)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return jsToString(v)
	}
	if _, isFn := goja.AssertFunction(o); isFn || !f.hasBuiltInToString(o) {
		return o.String()
	}
	opts := f.opts
	opts.Compact, opts.Colors, opts.Depth = 3, false, 0
	return f.inspect(v, opts)
}

// hasBuiltInToString is node's test of whether an object's toString (or
// Symbol.toPrimitive) comes from a built-in class; only then does %s
// inspect the object instead of calling it.
func (f *formatter) hasBuiltInToString(o *goja.Object) bool {
	for o.ExportType() == typeProxy {
		p, _ := safeexport.Export(o).(goja.Proxy)
		if p.Target() == nil {
			return true
		}
		o = p.Target()
	}
	s := newInspector(f.rt, f.opts, f.intrinsics())
	hasOwn := s.hasOwn
	toStringKey := f.rt.ToValue("toString")
	checkToString, checkToPrimitive := true, true
	_, toStringIsFn := goja.AssertFunction(o.Get("toString"))
	_, toPrimIsFn := goja.AssertFunction(o.GetSymbol(goja.SymToPrimitive))
	switch {
	case !toStringIsFn:
		if !toPrimIsFn {
			return true
		}
		if hasOwn(o, goja.SymToPrimitive) {
			return false
		}
		checkToString = false
	case hasOwn(o, toStringKey):
		return false
	case !toPrimIsFn:
		checkToPrimitive = false
	case hasOwn(o, goja.SymToPrimitive):
		return false
	}
	p := o
	for {
		p = p.Prototype()
		if p == nil {
			return true
		}
		if checkToString && hasOwn(p, toStringKey) || checkToPrimitive && hasOwn(p, goja.SymToPrimitive) {
			break
		}
	}
	d, ok := s.ownDescriptor(p, f.rt.ToValue("constructor"))
	if !ok || d.value == nil {
		return false
	}
	c, isObj := d.value.(*goja.Object)
	if !isObj {
		return false
	}
	if _, isFn := goja.AssertFunction(c); !isFn {
		return false
	}
	return builtInNames[jsToString(c.Get("name"))]
}

func (f *formatter) formatJ(v goja.Value) string {
	in := f.intrinsics()
	if in.more().jsonStringify == nil {
		return "undefined"
	}
	res, err := in.more().jsonStringify(goja.Undefined(), v)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok && isCircularError(ex) {
			return "[Circular]"
		}
		panic(err)
	}
	if res == nil || goja.IsUndefined(res) {
		return "undefined"
	}
	return res.String()
}

// isCircularError recognises the TypeError JSON.stringify throws on cycles
// (node compares against the message of a known circular stringify).
func isCircularError(ex *goja.Exception) bool {
	o, ok := ex.Value().(*goja.Object)
	if !ok {
		return false
	}
	return jsToString(o.Get("name")) == "TypeError" &&
		strings.Contains(strings.ToLower(jsToString(o.Get("message"))), "circular")
}

func (f *formatter) formatD(v goja.Value) string {
	switch {
	case goja.IsBigInt(v):
		return f.bigint(v)
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	f.mustHavePrimitive(v)
	return f.number(v.ToNumber())
}

// mustHavePrimitive throws V8's TypeError for an object %d, %i or %f cannot
// make a number of: one with no Symbol.toPrimitive, valueOf or toString
// (Object.create(null)). goja's own message would print the object's Go
// structure.
func (f *formatter) mustHavePrimitive(v goja.Value) {
	o, ok := v.(*goja.Object)
	if !ok {
		return
	}
	if p := o.GetSymbol(goja.SymToPrimitive); p != nil && !goja.IsUndefined(p) && !goja.IsNull(p) {
		return
	}
	for _, name := range [...]string{"valueOf", "toString"} {
		if _, ok := goja.AssertFunction(o.Get(name)); ok {
			return
		}
	}
	panic(f.rt.NewTypeError("Cannot convert object to primitive value"))
}

func (f *formatter) formatNumeric(v goja.Value, parse goja.Callable, integer bool) string {
	if goja.IsBigInt(v) && integer {
		return f.bigint(v)
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	if parse == nil {
		return "NaN"
	}
	f.mustHavePrimitive(v)
	return f.number(call(parse, goja.Undefined(), v))
}

// userOptions is the options object node passes to a custom inspect
// function (getUserOptions).
func (s *inspector) userOptions() *goja.Object {
	rt := s.rt
	o := rt.NewObject()
	colors := s.opts.Colors
	_ = o.Set("stylize", func(c goja.FunctionCall) goja.Value {
		str := jsToString(c.Argument(0))
		if colors {
			if st, ok := styleByName[jsToString(c.Argument(1))]; ok {
				return rt.ToValue(styleOpen[st] + str + styleClose[st])
			}
		}
		return rt.ToValue(str)
	})
	_ = o.Set("showHidden", s.opts.ShowHidden)
	if s.opts.Depth == DepthNegative {
		_ = o.Set("depth", -1)
	} else {
		_ = o.Set("depth", limitValue(rt, s.opts.Depth))
	}
	_ = o.Set("colors", s.opts.Colors)
	_ = o.Set("customInspect", s.opts.CustomInspect)
	_ = o.Set("showProxy", s.opts.ShowProxy)
	_ = o.Set("maxArrayLength", limitValue(rt, s.opts.MaxArrayLength))
	_ = o.Set("maxStringLength", limitValue(rt, s.opts.MaxStringLength))
	_ = o.Set("breakLength", s.opts.BreakLength)
	switch s.opts.Getters {
	case GettersAll:
		_ = o.Set("getters", true)
	case GettersGetOnly:
		_ = o.Set("getters", "get")
	case GettersSetOnly:
		_ = o.Set("getters", "set")
	default:
		_ = o.Set("getters", false)
	}
	_ = o.Set("numericSeparator", s.opts.NumericSeparator)
	if s.opts.Compact == 0 {
		_ = o.Set("compact", false)
	} else {
		_ = o.Set("compact", s.opts.Compact)
	}
	_ = o.Set("sorted", s.opts.Sorted)
	return o
}

func limitValue(rt *goja.Runtime, n int) goja.Value {
	if n < 0 {
		return rt.ToValue(math.Inf(1))
	}
	return rt.ToValue(n)
}

// inspectFunction is the third argument of a custom inspect function: a
// util.inspect bound to this runtime.
func (s *inspector) inspectFunction() goja.Value {
	if s.inspectFn != nil {
		return s.inspectFn
	}
	rt := s.rt
	fn := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		opts := ParseOptions(rt, c.Argument(1), Defaults())
		str, ex := TryInspect(rt, c.Argument(0), opts)
		if ex != nil {
			panic(ex)
		}
		return rt.ToValue(str)
	})
	if fo, ok := fn.(*goja.Object); ok && s.in.customSymbol != nil {
		_ = fo.Set("custom", s.in.customSymbol)
	}
	s.inspectFn = fn
	return fn
}

// ParseOptions reads a util.inspect options object over base; a boolean is
// the legacy showHidden argument. Unknown keys are ignored.
func ParseOptions(rt *goja.Runtime, v goja.Value, base Options) Options {
	opts := base
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return opts
	}
	o, ok := v.(*goja.Object)
	if !ok {
		if v.ExportType() != nil && v.ExportType().Kind().String() == "bool" {
			opts.ShowHidden = v.ToBoolean()
		}
		return opts
	}
	get := func(name string) (goja.Value, bool) {
		x := o.Get(name)
		return x, x != nil && !goja.IsUndefined(x)
	}
	limit := func(x goja.Value) int {
		if goja.IsNull(x) {
			return -1
		}
		f := x.ToFloat()
		switch {
		case math.IsNaN(f):
			return 0
		case f > math.MaxInt32:
			return -1
		case f < 0:
			return 0
		}
		return int(f)
	}
	if x, ok := get("depth"); ok {
		if goja.IsNull(x) || x.ToFloat() > math.MaxInt32 {
			opts.Depth = -1
		} else if x.ToFloat() < 0 {
			opts.Depth = DepthNegative
		} else {
			opts.Depth = int(x.ToInteger())
		}
	}
	if x, ok := get("colors"); ok {
		opts.Colors = x.ToBoolean()
	}
	if x, ok := get("showHidden"); ok {
		opts.ShowHidden = x.ToBoolean()
	}
	if x, ok := get("customInspect"); ok {
		opts.CustomInspect = x.ToBoolean()
	}
	if x, ok := get("showProxy"); ok {
		opts.ShowProxy = x.ToBoolean()
	}
	if x, ok := get("breakLength"); ok {
		if f := x.ToFloat(); f > math.MaxInt32 {
			opts.BreakLength = math.MaxInt32
		} else {
			opts.BreakLength = int(x.ToInteger())
		}
	}
	if x, ok := get("compact"); ok {
		if x.ExportType() != nil && x.ExportType().Kind().String() == "bool" {
			if x.ToBoolean() {
				opts.Compact = 3
			} else {
				opts.Compact = 0
			}
		} else {
			opts.Compact = int(x.ToInteger())
		}
	}
	if x, ok := get("sorted"); ok {
		opts.Sorted = x.ToBoolean()
	}
	if x, ok := get("getters"); ok {
		switch {
		case goja.IsString(x) && x.String() == "get":
			opts.Getters = GettersGetOnly
		case goja.IsString(x) && x.String() == "set":
			opts.Getters = GettersSetOnly
		case x.ToBoolean():
			opts.Getters = GettersAll
		default:
			opts.Getters = GettersNone
		}
	}
	if x, ok := get("numericSeparator"); ok {
		opts.NumericSeparator = x.ToBoolean()
	}
	if x, ok := get("maxArrayLength"); ok {
		opts.MaxArrayLength = limit(x)
	}
	if x, ok := get("maxStringLength"); ok {
		opts.MaxStringLength = limit(x)
	}
	return opts
}
