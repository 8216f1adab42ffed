package js

// The RegExp flags node 20 has and goja lacks: d (hasIndices, match
// indices) and v (unicodeSets, set operations in character classes).
//
// goja's RegExp rejects both. The global RegExp becomes a Proxy of goja's
// (installRegExpFlags) whose construct and call traps take them off before
// goja compiles the pattern and remember them, in a WeakMap, for the
// object goja made: its prototype, instanceof, subclassing, statics and
// name stay goja's own. A regular expression literal with either flag is
// lowered by esbuild (esm.LowerCommonJS, the ES module transform) to
// `new RegExp(source, flags)`, which goja compiles.
//
//   - d: exec's result gets `indices` (installRegExp's exec), computed by
//     matching the same pattern with regexp2 (the engine goja runs patterns
//     RE2 cannot) at the index goja's match starts.
//   - v: the pattern is rewritten as a u pattern (lowerUnicodeSets):
//     nested classes, -- and && become alternatives and lookaheads, \q{…}
//     alternatives. Case folding of a negated class and the stricter
//     syntax of v are not checked (site/docs/limits.md).
//
// Nothing is slower for a program that never uses either flag: the
// Proxy's species is goja's own RegExp until a d or v pattern exists, so
// split and matchAll keep goja's fast paths.

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dop251/goja"
)

// rxExtra is what a d or v regular expression adds to the goja object.
type rxExtra struct {
	indices, sets bool
	props         bool       // property escapes written as ranges (regexpprops.go)
	shown         goja.Value // source's value, made on first use
	source        string     // the pattern as written (for v, not what goja compiled)
	pattern       string     // what goja compiled
	flags         string     // goja's flags (d taken off, v made u)

	rx2      *regexp2.Regexp // for indices, compiled on first use
	named    *namedPattern
	compiled bool
}

// rxFlags is the runtime's state for the d and v flags.
type rxFlags struct {
	used     bool // a pattern with an rxExtra exists
	heavy    bool // a d or v pattern exists: exec computes indices
	cache    map[string]rxCached
	wm       *goja.Object
	get, set goja.Callable
}

// regExpExtra returns v's d/v state, nil for any other value.
func (r *Runtime) regExpExtra(v goja.Value) *rxExtra {
	if !r.rxFlags.used {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "RegExp" {
		return nil
	}
	res, err := r.rxFlags.get(r.rxFlags.wm, o)
	if err != nil || res == nil {
		return nil
	}
	e, _ := res.Export().(*rxExtra)
	return e
}

func (r *Runtime) installRegExpFlags() error {
	vm := r.vm
	orig, proto, construct, ok := r.proxiedConstructor("RegExp")
	if !ok {
		return nil
	}
	wm, err := vm.New(vm.Get("WeakMap"))
	if err != nil {
		return err
	}
	wmGet, _ := goja.AssertFunction(wm.Get("get"))
	wmSet, _ := goja.AssertFunction(wm.Get("set"))
	if wmGet == nil || wmSet == nil {
		return nil
	}
	r.rxFlags.wm, r.rxFlags.get, r.rxFlags.set = wm, wmGet, wmSet

	var proxyObj *goja.Object
	hasInstance := proxyHasInstance(vm)
	isRegExp := func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if !ok {
			return false
		}
		if m := o.GetSymbol(goja.SymMatch); m != nil && !goja.IsUndefined(m) {
			return m.ToBoolean()
		}
		return o.ClassName() == "RegExp"
	}
	build := func(args []goja.Value, newTarget *goja.Object) *goja.Object {
		if !r.rxFlags.used && (len(args) < 2 || goja.IsUndefined(args[1])) {
			// No d or v pattern exists and no flags are given (new
			// RegExp(s), new RegExp(re)): goja's RegExp as it is, with the
			// arguments goja gave.
			res, err := construct(newTarget, args...)
			if err != nil {
				pat := goja.Undefined()
				if len(args) > 0 {
					pat = args[0]
				}
				panic(r.regExpSyntaxError(err, pat, goja.Undefined()))
			}
			return res
		}
		pat, flags := goja.Undefined(), goja.Undefined()
		var shown goja.Value
		if len(args) > 0 {
			pat = args[0]
		}
		if len(args) > 1 && args[1] != nil {
			flags = args[1]
		}
		make := func(p, f goja.Value) *goja.Object {
			res, err := construct(newTarget, p, f)
			if err != nil {
				if shown != nil {
					p = shown // the pattern as written, not as lowered
				}
				panic(r.regExpSyntaxError(err, p, f))
			}
			return res
		}
		if goja.IsUndefined(flags) {
			if e := r.regExpExtra(pat); e != nil {
				// new RegExp(re): goja's copy keeps the pattern and its
				// own flags; the d and v it never saw come from here.
				res := make(pat, flags)
				c := *e
				c.rx2, c.compiled = nil, false
				r.noteRegExpExtra(res, &c)
				return res
			}
			return make(pat, flags)
		}
		fs := flags.ToString().String()
		props := false
		if strings.ContainsAny(fs, "uv") {
			switch {
			case goja.IsString(pat):
				props = hasPropertyEscape(pat.String())
			case isRegExp(pat):
				props = hasPropertyEscape(pat.(*goja.Object).Get("source").String())
			}
		}
		if !strings.ContainsAny(fs, "dv") && !props {
			if goja.IsString(flags) {
				return make(pat, flags) // read once already: a string reads the same again
			}
			return make(pat, vm.ToValue(fs))
		}
		if !validRegExpFlags(fs) {
			panic(r.newError("SyntaxError", "Invalid flags supplied to RegExp constructor '"+fs+"'"))
		}
		e := &rxExtra{indices: strings.Contains(fs, "d"), sets: strings.Contains(fs, "v")}
		switch {
		case isRegExp(pat):
			e.source = pat.(*goja.Object).Get("source").String()
		case !goja.IsUndefined(pat):
			e.source = pat.ToString().String()
		}
		shown = vm.ToValue(e.source)
		// A copy of the RegExp made before for the same source and flags
		// (goja copies a RegExp without compiling it again): a literal
		// esbuild lowered to new RegExp runs each time it is evaluated,
		// and property escapes written as ranges are long to compile.
		key := fs + "/" + e.source
		cacheable := newTarget.SameAs(proxyObj)
		if c, ok := r.rxFlags.cache[key]; ok && cacheable {
			res := make(c.t, goja.Undefined())
			r.noteRegExpExtra(res, c.e)
			return res
		}
		e.pattern = e.source
		e.flags = strings.ReplaceAll(fs, "d", "")
		if e.sets {
			e.flags = strings.ReplaceAll(e.flags, "v", "u")
			low, ok := lowerUnicodeSets(e.source)
			if !ok {
				panic(r.newError("SyntaxError", "Invalid regular expression: /"+e.source+"/"+fs+": Invalid set operation in character class"))
			}
			e.pattern = low
		}
		if props {
			if exp, ok := expandPropertyEscapes(e.pattern); ok {
				e.pattern, e.props = exp, true
			}
		}
		res := make(vm.ToValue(e.pattern), vm.ToValue(e.flags))
		if cacheable {
			if r.rxFlags.cache == nil || len(r.rxFlags.cache) >= 256 {
				r.rxFlags.cache = map[string]rxCached{}
			}
			r.rxFlags.cache[key] = rxCached{make(res, goja.Undefined()), e}
		}
		r.noteRegExpExtra(res, e)
		return res
	}
	cfg := &goja.ProxyTrapConfig{
		Construct: func(_ *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
			return build(args, newTarget)
		},
		Apply: func(_ *goja.Object, _ goja.Value, args []goja.Value) goja.Value {
			// RegExp(re) without new is re itself when its constructor is
			// RegExp and no flags are given.
			if (len(args) < 2 || goja.IsUndefined(args[1])) && len(args) > 0 && isRegExp(args[0]) {
				if c := args[0].(*goja.Object).Get("constructor"); c != nil && c.SameAs(proxyObj) {
					return args[0]
				}
			}
			return build(args, proxyObj)
		},
		GetSym: func(target *goja.Object, s *goja.Symbol, receiver goja.Value) goja.Value {
			if s == goja.SymSpecies {
				// goja's split and matchAll take their fast paths only
				// for its own RegExp as the species; a d or v pattern
				// needs the Proxy to copy it.
				if r.rxFlags.heavy {
					return receiver
				}
				return orig
			}
			if s == goja.SymHasInstance {
				// goja's Function.prototype[Symbol.hasInstance] cannot
				// take a Proxy as this.
				return hasInstance
			}
			return target.GetSymbol(s)
		},
	}
	r.lazyRegExpStatics(cfg, orig) // RegExp.$1 and the like (regexpstatics.go)
	proxy := vm.NewProxy(orig, cfg)
	proxyObj = vm.ToValue(proxy).(*goja.Object)
	if err := proto.DefineDataProperty("constructor", proxyObj, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := vm.Set("RegExp", proxyObj); err != nil {
		return err
	}

	// The getters V8 has: hasIndices, unicodeSets, and flags in the order
	// the spec gives (dgimsuvy), reading each getter as the spec does.
	getter := func(name string, of func(*rxExtra) bool) error {
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			o, ok := call.This.(*goja.Object)
			if !ok {
				panic(vm.NewTypeError("RegExp.prototype." + name + " getter called on non-object " + call.This.String()))
			}
			if o.SameAs(proto) {
				return goja.Undefined()
			}
			if o.ClassName() != "RegExp" {
				panic(vm.NewTypeError("RegExp.prototype." + name + " getter called on non-RegExp object"))
			}
			e := r.regExpExtra(o)
			return vm.ToValue(e != nil && of(e))
		}).(*goja.Object)
		setNameLength(vm, fn, "get "+name, 0)
		return proto.DefineAccessorProperty(name, fn, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if err := getter("hasIndices", func(e *rxExtra) bool { return e.indices }); err != nil {
		return err
	}
	if err := getter("unicodeSets", func(e *rxExtra) bool { return e.sets }); err != nil {
		return err
	}
	flagProps := []struct {
		c    byte
		prop string
	}{{'d', "hasIndices"}, {'g', "global"}, {'i', "ignoreCase"}, {'m', "multiline"}, {'s', "dotAll"}, {'u', "unicode"}, {'v', "unicodeSets"}, {'y', "sticky"}}
	flagsFn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("RegExp.prototype.flags getter called on non-object " + call.This.String()))
		}
		var b []byte
		for _, f := range flagProps {
			if v := o.Get(f.prop); v != nil && v.ToBoolean() {
				b = append(b, f.c)
			}
		}
		return vm.ToValue(string(b))
	}).(*goja.Object)
	setNameLength(vm, flagsFn, "get flags", 0)
	return proto.DefineAccessorProperty("flags", flagsFn, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// noteRegExpExtra remembers e for res. The first d or v pattern turns on
// installRegExp's exec (which adds indices) and the unicode getter that
// says false for a v pattern (goja compiled it with u).
func (r *Runtime) noteRegExpExtra(res *goja.Object, e *rxExtra) {
	if _, err := r.rxFlags.set(r.rxFlags.wm, res, r.vm.ToValue(e)); err != nil {
		panic(err)
	}
	r.rxFlags.used = true
	if r.rxFlags.heavy || !e.indices && !e.sets {
		return
	}
	r.rxFlags.heavy = true
	if !r.namedGroups {
		r.namedGroups = true
		_ = r.installRegExp()
	}
	r.installUnicodeGetter()
}

// installUnicodeGetter makes RegExp.prototype.unicode false for a v
// pattern. goja guards its own getter (replaced, its fast paths end), so
// this waits for the first d or v pattern, which ends them anyway.
func (r *Runtime) installUnicodeGetter() {
	vm := r.vm
	proto, ok := builtinPrototype(vm, "RegExp")
	if !ok {
		return
	}
	object := vm.Get("Object").ToObject(vm)
	gopd, ok := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	if !ok {
		return
	}
	d, err := gopd(object, proto, vm.ToValue("unicode"))
	if err != nil {
		return
	}
	dobj, ok := d.(*goja.Object)
	if !ok {
		return
	}
	orig, ok := goja.AssertFunction(dobj.Get("get"))
	if !ok {
		return
	}
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if e := r.regExpExtra(call.This); e != nil && e.sets {
			return vm.ToValue(false)
		}
		v, err := orig(call.This)
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	setNameLength(vm, fn, "get unicode", 0)
	_ = proto.DefineAccessorProperty("unicode", fn, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// validRegExpFlags reports whether fs is a valid flags string: each of
// dgimsuvy at most once, not both u and v.
func validRegExpFlags(fs string) bool {
	seen := 0
	for i := 0; i < len(fs); i++ {
		k := strings.IndexByte("dgimsuvy", fs[i])
		if k < 0 || seen&(1<<k) != 0 {
			return false
		}
		seen |= 1 << k
	}
	return !(strings.Contains(fs, "u") && strings.Contains(fs, "v"))
}

// matchIndices is the indices array of m, a match of e's pattern:
// [start, end] of the match and of each group (undefined for a group that
// did not take part), and groups by name when the pattern names any.
func (r *Runtime) matchIndices(e *rxExtra, m *goja.Object) goja.Value {
	vm := r.vm
	unicode := strings.Contains(e.flags, "u")
	if !e.compiled {
		e.compiled = true
		src := e.pattern
		e.named = parseCaptureGroups(src)
		if e.named != nil && e.named.allNamed != "" {
			src = e.named.allNamed
		}
		if unicode {
			src = regexpToUnicode(src)
		} else {
			src = regexpToUTF16(src)
		}
		opts := regexp2.RegexOptions(regexp2.ECMAScript)
		if strings.Contains(e.flags, "m") {
			opts |= regexp2.Multiline
		}
		if strings.Contains(e.flags, "s") {
			opts |= regexp2.Singleline
		}
		if strings.Contains(e.flags, "i") {
			opts |= regexp2.IgnoreCase
		}
		if unicode {
			opts |= regexp2.Unicode
		}
		e.rx2, _ = regexp2.Compile(src, opts)
	}
	if e.rx2 == nil {
		return goja.Undefined()
	}
	s, ok := m.Get("input").ToString().(goja.String)
	if !ok {
		s, _ = vm.ToValue(m.Get("input").String()).(goja.String)
	}
	index := int(m.Get("index").ToInteger())
	n := int(m.Get("length").ToInteger())
	// runes as goja gives them to regexp2: UTF-16 units, or code points
	// (pos maps each back to its unit) for a u pattern.
	l := s.Length()
	runes := make([]rune, 0, l)
	var pos []int
	start := index
	if !unicode {
		for i := 0; i < l; i++ {
			runes = append(runes, rune(s.CharAt(i)))
		}
	} else {
		pos = make([]int, 0, l+1)
		for i := 0; i < l; {
			c := rune(s.CharAt(i))
			w := 1
			if utf16.IsSurrogate(c) && i+1 < l {
				if d := utf16.DecodeRune(c, rune(s.CharAt(i+1))); d != utf8.RuneError {
					c, w = d, 2
				}
			}
			if i == index {
				start = len(runes)
			}
			pos = append(pos, i)
			runes = append(runes, c)
			i += w
		}
		if index >= l {
			start = len(runes)
		}
		pos = append(pos, l)
	}
	mt, err := e.rx2.FindRunesMatchStartingAt(runes, start)
	if err != nil || mt == nil {
		return goja.Undefined()
	}
	at := func(i int) int {
		if pos != nil && i < len(pos) {
			return pos[i]
		}
		return i
	}
	pair := func(g *regexp2.Group) goja.Value {
		if g == nil || len(g.Captures) == 0 {
			return goja.Undefined()
		}
		return vm.NewArray(at(g.Index), at(g.Index+g.Length))
	}
	vals := make([]any, n)
	for i := 0; i < n; i++ {
		var g *regexp2.Group
		switch {
		case i == 0:
			g = &mt.Group
		case e.named != nil && i-1 < len(e.named.groups):
			name := e.named.groups[i-1].name
			if name == "" {
				name = "__evloop_" + strconv.Itoa(i)
			}
			g = mt.GroupByName(name)
		default:
			g = mt.GroupByNumber(i)
		}
		vals[i] = pair(g)
	}
	arr := vm.NewArray(vals...)
	groups := goja.Undefined()
	if e.named != nil {
		obj := vm.NewObject()
		_ = obj.SetPrototype(nil)
		for i, g := range e.named.groups {
			if g.name != "" && i+1 < n {
				_ = obj.Set(g.name, vals[i+1])
			}
		}
		groups = obj
	}
	_ = arr.Set("groups", groups)
	return arr
}

// regexpToUTF16 writes each character above U+FFFF of a pattern as its
// surrogate pair (\uXXXX\uXXXX), as goja does before compiling a pattern
// without u.
func regexpToUTF16(p string) string {
	var b strings.Builder
	prev := rune(0)
	for _, c := range p {
		if c > 0xFFFF {
			if prev == '\\' {
				b.WriteByte('\\')
			}
			hi, lo := utf16.EncodeRune(c)
			b.WriteString(`\u` + strconv.FormatInt(int64(hi), 16) + `\u` + strconv.FormatInt(int64(lo), 16))
		} else {
			b.WriteRune(c)
		}
		prev = c
	}
	return b.String()
}

// regexpToUnicode writes each escaped surrogate pair (\uD83D\uDE00) of a
// u pattern as the character it encodes, as goja does.
func regexpToUnicode(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '\\' && i+12 <= len(p) && p[i+1] == 'u' && p[i+6] == '\\' && p[i+7] == 'u' {
			hi, err1 := strconv.ParseUint(p[i+2:i+6], 16, 16)
			lo, err2 := strconv.ParseUint(p[i+8:i+12], 16, 16)
			if err1 == nil && err2 == nil && utf16.IsSurrogate(rune(hi)) && hi < 0xDC00 && lo >= 0xDC00 && lo <= 0xDFFF {
				b.WriteRune(utf16.DecodeRune(rune(hi), rune(lo)))
				i += 11
				continue
			}
		}
		if p[i] == '\\' && i+1 < len(p) {
			b.WriteByte(p[i])
			i++
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

// lowerUnicodeSets rewrites a v pattern as a u pattern that matches the
// same: each character class, which v lets nest, subtract (--),
// intersect (&&) and hold strings (\q{ab|c}), becomes a u class when it
// is a plain one, else an alternative of its strings (longest first) and
// its parts, with a negative lookahead for a subtraction and a positive
// one for an intersection. ok is false for an unterminated class.
func lowerUnicodeSets(src string) (string, bool) {
	rs := []rune(src)
	var b strings.Builder
	for i := 0; i < len(rs); {
		switch rs[i] {
		case '\\':
			b.WriteRune(rs[i])
			if i+1 < len(rs) {
				b.WriteRune(rs[i+1])
			}
			i += 2
		case '[':
			set, next, ok := parseClassSet(rs, i)
			if !ok {
				return "", false
			}
			b.WriteString(set.expr())
			i = next
		default:
			b.WriteRune(rs[i])
			i++
		}
	}
	return b.String(), true
}

// classSet is a v class as u syntax: simple is what goes between the
// brackets of a u class, alts are alternatives (strings, nested sets)
// that one cannot hold.
type classSet struct {
	simple string
	alts   []string
}

func (c classSet) expr() string {
	if len(c.alts) == 0 {
		return "[" + c.simple + "]"
	}
	parts := slices.Clone(c.alts)
	if c.simple != "" {
		parts = append(parts, "["+c.simple+"]")
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

// classEscape reads the escape at rs[i] ('\\') inside a v class: its u
// spelling and whether it is one character (a range end).
func classEscape(rs []rune, i int) (text string, next int, single bool) {
	if i+1 >= len(rs) {
		return `\\`, i + 1, true
	}
	c := rs[i+1]
	switch c {
	case 'p', 'P':
		if i+2 < len(rs) && rs[i+2] == '{' {
			end := i + 2
			for end < len(rs) && rs[end] != '}' {
				end++
			}
			return string(rs[i:min(end+1, len(rs))]), end + 1, false
		}
	case 'd', 'D', 'w', 'W', 's', 'S':
		return string(rs[i : i+2]), i + 2, false
	case 'u':
		if i+2 < len(rs) && rs[i+2] == '{' {
			end := i + 2
			for end < len(rs) && rs[end] != '}' {
				end++
			}
			return string(rs[i:min(end+1, len(rs))]), end + 1, true
		}
		if i+6 <= len(rs) {
			return string(rs[i : i+6]), i + 6, true
		}
	case 'x':
		if i+4 <= len(rs) {
			return string(rs[i : i+4]), i + 4, true
		}
	case 'c':
		if i+3 <= len(rs) {
			return string(rs[i : i+3]), i + 3, true
		}
	}
	// v's escapable punctuators (& ! # % , : ; < = > @ ` ~) are plain
	// characters to u, which refuses them escaped.
	if strings.ContainsRune("&!#%,:;<=>@`~", c) {
		return string(c), i + 2, true
	}
	return string(rs[i : i+2]), i + 2, true
}

// classChar is a literal character inside a u class.
func classChar(c rune) string {
	if strings.ContainsRune(`]\^-[`, c) {
		return `\` + string(c)
	}
	return string(c)
}

// parseClassSet reads the class opening at rs[i].
func parseClassSet(rs []rune, i int) (classSet, int, bool) {
	i++
	neg := false
	if i < len(rs) && rs[i] == '^' {
		neg, i = true, i+1
	}
	var operands []classSet
	op := ""
	var cur classSet // the union being read
	var strs []string
	flush := func() {
		// longest strings first, as v matches them
		slices.SortStableFunc(strs, func(a, b string) int { return len([]rune(b)) - len([]rune(a)) })
		cur.alts = append(strs, cur.alts...)
		operands = append(operands, cur)
		cur, strs = classSet{}, nil
	}
	for {
		if i >= len(rs) {
			return classSet{}, i, false
		}
		c := rs[i]
		if c == ']' {
			i++
			break
		}
		if i+1 < len(rs) && (c == '-' && rs[i+1] == '-' || c == '&' && rs[i+1] == '&') {
			op = string(rs[i : i+2])
			flush()
			i += 2
			continue
		}
		switch {
		case c == '[':
			inner, next, ok := parseClassSet(rs, i)
			if !ok {
				return classSet{}, next, false
			}
			if len(inner.alts) == 0 && !strings.HasPrefix(inner.simple, "^") {
				cur.simple += inner.simple
			} else {
				cur.alts = append(cur.alts, inner.expr())
			}
			i = next
			continue
		case c == '\\' && i+2 < len(rs) && rs[i+1] == 'q' && rs[i+2] == '{':
			end := i + 3
			for end < len(rs) && rs[end] != '}' {
				if rs[end] == '\\' {
					end++
				}
				end++
			}
			for _, s := range strings.Split(string(rs[i+3:min(end, len(rs))]), "|") {
				if n := utf8.RuneCountInString(s); n == 1 || n == 2 && s[0] == '\\' {
					cur.simple += s
				} else if s != "" {
					strs = append(strs, s)
				}
			}
			i = end + 1
			continue
		}
		var text string
		single := true
		if c == '\\' {
			text, i, single = classEscape(rs, i)
		} else {
			text, i = classChar(c), i+1
		}
		if single && i+1 < len(rs) && rs[i] == '-' && rs[i+1] != '-' && rs[i+1] != ']' {
			var hi string
			if rs[i+1] == '\\' {
				hi, i, _ = classEscape(rs, i+1)
			} else {
				hi, i = classChar(rs[i+1]), i+2
			}
			text += "-" + hi
		}
		cur.simple += text
	}
	flush()
	res := operands[0]
	if op != "" && len(operands) > 1 {
		var b strings.Builder
		b.WriteString("(?:")
		for _, o := range operands[1:] {
			if op == "--" {
				b.WriteString("(?!" + o.expr() + ")")
			} else {
				b.WriteString("(?=" + o.expr() + ")")
			}
		}
		b.WriteString(res.expr() + ")")
		res = classSet{alts: []string{b.String()}}
	}
	if neg {
		if len(res.alts) == 0 {
			return classSet{simple: "^" + res.simple}, i, true
		}
		return classSet{alts: []string{`(?:(?!` + res.expr() + `)[\s\S])`}}, i, true
	}
	return res, i, true
}

// regExpSyntaxError is err, goja's complaint about a pattern, as V8 words
// it: "Invalid regular expression: /pattern/flags: reason", with V8's
// reason for the mistakes goja words as its engines do.
func (r *Runtime) regExpSyntaxError(err error, pat, flags goja.Value) any {
	ex, ok := err.(*goja.Exception)
	if !ok {
		return err
	}
	eo, ok := ex.Value().(*goja.Object)
	if !ok || eo.Get("name") == nil || eo.Get("name").String() != "SyntaxError" {
		return err
	}
	msg := eo.Get("message").String()
	if strings.HasPrefix(msg, "Invalid flags supplied") || strings.HasPrefix(msg, "Invalid regular expression: /") {
		return err
	}
	reason := v8RegExpReason(msg)
	src, fs := "", ""
	if pat != nil && !goja.IsUndefined(pat) {
		if o, ok := pat.(*goja.Object); ok && o.ClassName() == "RegExp" {
			src = o.Get("source").String()
		} else {
			src = pat.String()
		}
	}
	if src == "" {
		src = "(?:)"
	}
	if flags != nil && !goja.IsUndefined(flags) {
		fs = flags.String()
	}
	return r.newError("SyntaxError", "Invalid regular expression: /"+src+"/"+fs+": "+reason)
}

// v8RegExpReason is V8's reason for goja's complaint msg about a pattern.
func v8RegExpReason(msg string) string {
	reason := msg
	for _, m := range []struct{ goja, v8 string }{
		{"nested repetition operator", "Nothing to repeat"},
		{"missing argument to repetition operator", "Nothing to repeat"},
		{"trailing backslash", `\ at end of pattern`},
		{"invalid repeat count", "numbers out of order in {} quantifier"},
		{"unrecognized grouping construct: (?<", "Invalid capture group name"},
		{"missing closing )", "Unterminated group"},
		{"unexpected )", "Unmatched ')'"},
		{"missing closing ]", "Unterminated character class"},
		{"invalid character class range", "Range out of order in character class"},
		{"Invalid Unicode escape", "Invalid Unicode escape"},
	} {
		if strings.Contains(msg, m.goja) {
			reason = m.v8
			break
		}
	}
	if i := strings.Index(reason, " (error parsing regexp: "); i >= 0 && reason == msg {
		reason = strings.TrimSuffix(reason[i+len(" (error parsing regexp: "):], ")")
	}
	return reason
}

// regExpLiteralError is goja's compile error msg about the regular
// expression literal at src[i] ('/') as V8 reports it: the message and
// the length of the caret (the literal; one character for bad flags).
func regExpLiteralError(src string, i int, msg string) (string, int, bool) {
	if i < 0 || i >= len(src) || src[i] != '/' {
		return "", 0, false
	}
	j := i + 1
	inClass := false
	for ; j < len(src) && src[j] != '\n'; j++ {
		c := src[j]
		if c == '\\' {
			j++
			continue
		}
		if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '/' && !inClass {
			break
		}
	}
	if j >= len(src) || src[j] != '/' {
		return "", 0, false
	}
	j++
	for j < len(src) && isWordByte(src[j]) {
		j++
	}
	if strings.HasPrefix(msg, "Invalid flags supplied") {
		return "Invalid regular expression flags", 1, true
	}
	return "Invalid regular expression: " + src[i:j] + ": " + v8RegExpReason(msg), j - i, true
}

// proxyHasInstance is OrdinaryHasInstance as a function, for the
// Proxy that stands for a built-in constructor (RegExp, Date) and the
// classes that extend it: goja's Function.prototype[Symbol.hasInstance]
// cannot take a Proxy as this.
func proxyHasInstance(vm *goja.Runtime) *goja.Object {
	hasInstance := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		c, ok := call.This.(*goja.Object)
		o, isObj := call.Argument(0).(*goja.Object)
		if !ok || !isObj {
			return vm.ToValue(false)
		}
		p, ok := c.Get("prototype").(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("Function has non-object prototype '" + c.Get("prototype").String() + "' in instanceof check"))
		}
		for q := o.Prototype(); q != nil; q = q.Prototype() {
			if q.SameAs(p) {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	}).(*goja.Object)
	setNameLength(vm, hasInstance, "[Symbol.hasInstance]", 1)
	return hasInstance
}

// rxCached is a RegExp compiled for a source and flags, kept to copy.
type rxCached struct {
	t *goja.Object
	e *rxExtra
}
