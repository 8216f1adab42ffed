package js

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// installJSONParse wraps goja's JSON.parse so that its SyntaxErrors carry
// V8's messages ("Unexpected end of JSON input", "Expected property name or
// '}' in JSON at position 1", "Unexpected token 'x', "[x]" is not valid
// JSON"): programs print e.message when they parse input, and goja's own
// messages are Go's encoding/json ones. Parsing stays goja's; only a
// failure pays for a second scan of the text, which finds V8's error and
// position. A SyntaxError a reviver throws passes through unchanged (the
// text then is valid JSON). The wrapper is a native named parse, length 2,
// as the original.
func (r *Runtime) installJSONParse() error {
	vm := r.vm
	jsonObj, ok := vm.Get("JSON").(*goja.Object)
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(jsonObj.Get("parse"))
	if !ok {
		return nil
	}
	syntaxError := vm.Get("SyntaxError")
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if text := call.Argument(0); goja.IsString(text) && jsonTooDeep(text.String()) {
			panic(r.rangeError("Maximum call stack size exceeded"))
		}
		v, err := orig(call.This, call.Arguments...)
		if err == nil {
			return v
		}
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if eo, isObj := ex.Value().(*goja.Object); isObj && eo.Get("name") != nil && eo.Get("name").String() == "SyntaxError" {
				text, isStr := call.Argument(0).ToString().(goja.String)
				if !isStr {
					// undefined, NaN and the other primitives whose string
					// goja keeps as a different type.
					text, isStr = vm.ToValue(call.Argument(0).String()).(goja.String)
				}
				if isStr {
					if msg, pos := jsonSyntaxMessage(vm, text); msg != nil {
						if e, nerr := vm.New(syntaxError, msg); nerr == nil {
							// The text and place, for the arrow if the
							// error is not caught (the last error only).
							r.jsonFailure = jsonFailure{err: e, text: text, pos: pos}
							panic(e)
						}
					}
				}
			}
		}
		panic(r.catchable(err))
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("parse"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", vm.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return jsonObj.DefineDataProperty("parse", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// jsonFailure is the last JSON.parse failure: node's report of one that is
// not caught points into the JSON text ("<anonymous_script>:1", the line
// and a caret).
type jsonFailure struct {
	err  *goja.Object
	text goja.String
	pos  int // UTF-16 units
}

// arrow is V8's header for the failure: the line of the text the position
// is on, and a caret under it unless it is at the line's end.
func (f jsonFailure) arrow() string {
	line, start := 1, 0
	for i := 0; i < f.pos && i < f.text.Length(); i++ {
		if f.text.CharAt(i) == '\n' {
			line, start = line+1, i+1
		}
	}
	end := start
	for end < f.text.Length() && f.text.CharAt(end) != '\n' {
		end++
	}
	text := f.text.Substring(start, end).String()
	head := "<anonymous_script>:" + strconv.Itoa(line) + "\n" + text + "\n"
	if f.pos < end {
		head += strings.Repeat(" ", f.pos-start) + "^\n"
	}
	return head
}

// jsonScan walks JSON text as V8's JsonParser does, in UTF-16 units, to
// name the first error the way V8 names it.
type jsonScan struct {
	vm  *goja.Runtime
	s   goja.String
	n   int
	pos int
	msg goja.Value // the error's message once found
	at_ int        // and where, in UTF-16 units
}

// jsonSyntaxMessage is V8's JSON.parse message for text and the position
// of the error in UTF-16 units, or nil when text is valid JSON.
func jsonSyntaxMessage(vm *goja.Runtime, text goja.String) (goja.Value, int) {
	p := &jsonScan{vm: vm, s: text, n: text.Length()}
	p.ws()
	if !p.value() {
		return p.msg, p.at_
	}
	p.ws()
	if p.pos < p.n {
		return p.vm.ToValue("Unexpected non-whitespace character after JSON at position " + strconv.Itoa(p.pos)), p.pos
	}
	return nil, 0
}

func (p *jsonScan) at(what string, pos int) goja.Value {
	p.msg, p.at_ = p.vm.ToValue(what+" in JSON at position "+strconv.Itoa(pos)), pos
	return p.msg
}

// fail records a message at pos and reports failure.
func (p *jsonScan) fail(what string, pos int) bool {
	p.at(what, pos)
	return false
}

// unexpected is V8's message for an unexpected token at pos with no more
// specific one: the end of input, a number, a string, or the character
// with some of the text around it.
func (p *jsonScan) unexpected(pos int) bool {
	p.at_ = pos
	if pos >= p.n {
		p.msg, p.at_ = p.vm.ToValue("Unexpected end of JSON input"), p.n
		return false
	}
	c := p.s.CharAt(pos)
	switch {
	case c == '-' || c >= '0' && c <= '9':
		return p.fail("Unexpected number", pos)
	case c == '"':
		return p.fail("Unexpected string", pos)
	}
	str := func(s string) goja.String { return p.vm.ToValue(s).(goja.String) }
	src := p.s.String()
	switch src {
	case "NaN", "Infinity", "undefined", "[object Object]":
		p.msg = str(`"` + src + `" is not valid JSON`)
		return false
	}
	// V8 quotes the whole text up to 20 units, else 10 units either side
	// of the token, with ... where it was cut.
	const context = 10
	tok := str("Unexpected token '").Concat(p.s.Substring(pos, pos+1)).Concat(str("', "))
	var quoted goja.String
	switch {
	case p.n <= 2*context:
		quoted = str(`"`).Concat(p.s).Concat(str(`"`))
	case pos < context:
		quoted = str(`"`).Concat(p.s.Substring(0, pos+context)).Concat(str(`"...`))
	case pos < p.n-context:
		quoted = str(`..."`).Concat(p.s.Substring(pos-context, pos+context)).Concat(str(`"...`))
	default:
		quoted = str(`..."`).Concat(p.s.Substring(pos-context, p.n)).Concat(str(`"`))
	}
	p.msg = tok.Concat(quoted).Concat(str(" is not valid JSON"))
	return false
}

func (p *jsonScan) ws() {
	for p.pos < p.n {
		switch p.s.CharAt(p.pos) {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonScan) peek() int {
	if p.pos >= p.n {
		return -1
	}
	return int(p.s.CharAt(p.pos))
}

func (p *jsonScan) value() bool {
	switch c := p.peek(); {
	case c == '"':
		return p.str()
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	}
	return p.unexpected(p.pos)
}

func (p *jsonScan) literal(word string) bool {
	for i := 0; i < len(word); i++ {
		if p.pos+i >= p.n || p.s.CharAt(p.pos+i) != uint16(word[i]) {
			return p.unexpected(p.pos + i)
		}
	}
	p.pos += len(word)
	return true
}

func isHex(c uint16) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (p *jsonScan) str() bool {
	i := p.pos + 1
	for {
		if i >= p.n {
			return p.fail("Unterminated string", i)
		}
		c := p.s.CharAt(i)
		switch {
		case c == '"':
			p.pos = i + 1
			return true
		case c == '\\':
			if i+1 >= p.n {
				return p.unexpected(i + 1)
			}
			switch p.s.CharAt(i + 1) {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				for k := 0; k < 4; k++ {
					if j := i + 2 + k; j >= p.n || !isHex(p.s.CharAt(j)) {
						return p.fail("Bad Unicode escape", j)
					}
				}
				i += 6
			default:
				return p.fail("Bad escaped character", i+1)
			}
		case c < 0x20:
			return p.fail("Bad control character in string literal", i)
		default:
			i++
		}
	}
}

func (p *jsonScan) digit(i int) bool {
	return i < p.n && p.s.CharAt(i) >= '0' && p.s.CharAt(i) <= '9'
}

func (p *jsonScan) number() bool {
	i := p.pos
	if p.s.CharAt(i) == '-' {
		i++
		if !p.digit(i) {
			return p.fail("No number after minus sign", i)
		}
	}
	if p.s.CharAt(i) == '0' {
		i++
		if p.digit(i) {
			return p.fail("Unexpected number", i)
		}
	} else {
		for p.digit(i) {
			i++
		}
	}
	if i < p.n && p.s.CharAt(i) == '.' {
		i++
		if !p.digit(i) {
			return p.fail("Unterminated fractional number", i)
		}
		for p.digit(i) {
			i++
		}
	}
	if i < p.n && (p.s.CharAt(i) == 'e' || p.s.CharAt(i) == 'E') {
		i++
		if i < p.n && (p.s.CharAt(i) == '+' || p.s.CharAt(i) == '-') {
			i++
		}
		if !p.digit(i) {
			return p.fail("Exponent part is missing a number", i)
		}
		for p.digit(i) {
			i++
		}
	}
	p.pos = i
	return true
}

// object follows V8: a missing ':' after an object's first key has its
// own message, after a later key the generic one.
func (p *jsonScan) object() bool {
	p.pos++
	p.ws()
	switch p.peek() {
	case '}':
		p.pos++
		return true
	case '"':
	default:
		return p.fail("Expected property name or '}'", p.pos)
	}
	for first := true; ; first = false {
		if !p.str() {
			return false
		}
		p.ws()
		if p.peek() != ':' {
			if first {
				return p.fail("Expected ':' after property name", p.pos)
			}
			return p.unexpected(p.pos)
		}
		p.pos++
		p.ws()
		if !p.value() {
			return false
		}
		p.ws()
		switch p.peek() {
		case '}':
			p.pos++
			return true
		case ',':
			p.pos++
			p.ws()
			if p.peek() != '"' {
				return p.fail("Expected double-quoted property name", p.pos)
			}
		default:
			return p.fail("Expected ',' or '}' after property value", p.pos)
		}
	}
}

func (p *jsonScan) array() bool {
	p.pos++
	p.ws()
	if p.peek() == ']' {
		p.pos++
		return true
	}
	for {
		if !p.value() {
			return false
		}
		p.ws()
		switch p.peek() {
		case ']':
			p.pos++
			return true
		case ',':
			p.pos++
			p.ws()
		default:
			return p.fail("Expected ',' or ']' after array element", p.pos)
		}
	}
}

// maxJSONParseDepth bounds the arrays and objects open at once in a text
// JSON.parse takes: goja's parser recurses in Go per level, and 4 million
// nested objects ended evloop with Go's "fatal error: stack overflow",
// a million nested arrays the wasm engine ("internal error: the wasm
// engine crashed"). node 20 parses any depth (V8's JSON parser is
// iterative): a text deeper than this throws node's stack RangeError on
// evloop instead (site/docs/limits.md).
const maxJSONParseDepth = 250000

// jsonTooDeep reports whether text opens more than maxJSONParseDepth
// arrays and objects at once (brackets in strings are not counted).
func jsonTooDeep(text string) bool {
	if len(text) <= maxJSONParseDepth {
		return false
	}
	depth := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			for i++; i < len(text) && text[i] != '"'; i++ {
				if text[i] == '\\' {
					i++
				}
			}
		case '[', '{':
			if depth++; depth > maxJSONParseDepth {
				return true
			}
		case ']', '}':
			depth--
		}
	}
	return false
}
