package js

import "strings"

// goja's parser and compiler recurse in Go once or more for each level of
// a source's nesting, and so does esbuild's parser (ES modules, import()
// rewriting). A source nested deeply enough went past Go's 1 GB goroutine
// stack: "fatal error: stack overflow" and a goroutine dump, the program's
// pending output lost. node 20 throws "RangeError: Maximum call stack size
// exceeded" (catchable from eval, new Function, vm, require and import()).
//
// Nesting is not only brackets. Each of these is one more level of Go
// recursion in goja, measured on this goja (the bytes of Go stack a level
// costs, parse and compile) and in node 20 (the first depth V8 refuses
// through eval):
//
//	arrays or parentheses   [[[ ((( 2150 B   node: 2015 / 1643
//	blocks                  {{{     1090 B   node: 2845
//	calls                   f()()() 770 B    node: >2M
//	unary minus, - - - 1    - -     740 B    node: 12,487
//	assignments             a=a=a=  710 B    node: 5,203
//	conditionals            a?b:a?  410 B    node: 2,602
//	not                     !!!     305 B    node: 12,487
//	indexes                 a[0][0] 285 B    node: >2M
//	members                 a.b.b.b 220 B    node: 6,949
//
// and the like (arrows, **, binary operators, if/else chains, typeof, new,
// await...). sourceTooDeep estimates the depth in units of roughly 700
// bytes: a bracket (, [, { or ${ costs bracketUnits, and each operator,
// member dot and call or index after a value, and each nesting keyword
// (if, else, while, for, with, do, typeof, void, delete, new, await,
// yield, in, instanceof) costs one, as long as the expression or statement
// it is in goes on. A ; or , ends that chain, and so does a token that
// cannot continue an expression following one that can end it (where a
// statement ends without a semicolon: `a = b` then `c()`). A closing
// bracket resumes the chain the opening one interrupted (`f(x).g(y)`).
//
// The bound, maxSourceDepth units, is above node's for every kind but
// binary operators (node has none for a + b + c...: 30,000 terms are
// refused here) and well below what Go's stack holds: the native engine
// (1 GB, about 45 MB used at the bound) and the wasm engine, where
// wazero's 400 MB call stack held 17,882 arrays, 26,306 calls, 5,500
// nested functions and 2,500 nested classes (bodyUnits below). Sources of at most
// maxSourceDepth/bracketUnits bytes are not scanned: none can reach it.
const (
	// maxSourceNesting is the number of brackets the bound allows alone
	// (node 20 refuses 1,643 to 2,845 levels, per kind).
	maxSourceNesting = 10000
	bracketUnits     = 3
	binaryUnits      = 1 // a + b + c...: 1,600 to 2,100 B a level natively; the wasm engine held 30,000
	arrowUnits       = 4 // a => a => a...: 2,940 B a level
	callUnits        = 2 // f()()()...: cheap natively, 15 KB a level on wasm
	classUnits       = 4 // class bodies nest dearly on wasm
	// The body of a function costs bodyUnits more (the { after a function
	// keyword at its bracket depth, after the ) of a method's parameters or
	// after =>), a class's classBodyUnits: goja compiles each in a frame of
	// its own, and on the wasm engine nested function expressions ended
	// evloop at 5,500 to 6,000 levels, object methods at 4,600 to 4,800,
	// classes with a method at 2,500 to 3,000 (node 20 refuses nested
	// functions and classes below 1,000).
	bodyUnits      = 8
	classBodyUnits = 12
	maxSourceDepth = maxSourceNesting * bracketUnits
)

// sourceTooDeep reports whether src nests deeper than maxSourceDepth units
// (see above), skipping comments, strings, template text and regular
// expression literals. A / after a token that ends a value divides, as
// the usual guess; a wrong guess moves the count by one literal.
func sourceTooDeep(src string) bool {
	// No token costs more than bracketUnits a byte.
	return len(src) > maxSourceDepth/bracketUnits && sourceDepth(src, maxSourceDepth) > maxSourceDepth
}

// sourceDepth is the deepest nesting of src in sourceTooDeep's units, or
// the first depth past limit.
func sourceDepth(src string, limit int) int {
	type level struct {
		chain   int  // the enclosing chain, resumed when the bracket closes
		elses   int  // the enclosing else chain, resumed too
		kind    byte // ( [ { or $ for a template's ${
		control bool // ( of an if, while, for or with head
		body    int  // the units of a function or class body ({ only)
	}
	var levels []level
	base := 0  // units of the brackets open, their chains included
	chain := 0 // units of the current chain at this level
	// elses: the else keywords of the if statement going on at this level:
	// `if (a) x(); else if (b) y(); else...` nests as deeply as it is long,
	// and its semicolons do not end it. A statement after one (a token
	// after ; or } that is not else) does.
	elses := 0
	afterStatement := false
	ends := false // the last token can end an expression
	control := false
	closedBrace := false // the last token is }: a / after it begins a regexp (a guess)
	newline := false     // a line break since the last token
	word := ""           // the last token, when a word
	inText := false      // in a template's text
	// body: the units the next { at bracket depth bodyAt costs more: the
	// body of the function or class whose keyword came last.
	body, bodyAt := 0, 0
	// last: the first byte of the last token ('>' for =>); prev: the one
	// before the current token.
	var last, prev byte
	peak := 0
	tooDeep := func() bool {
		if d := base + chain + elses; d > peak {
			peak = d
		}
		return peak > limit
	}
	// statement: the next token begins a statement when the last one
	// ended an expression: the chain ends.
	statement := func() {
		if ends && !control {
			chain, elses = 0, 0
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inText {
			switch c {
			case '\\':
				i++
			case '`':
				inText = false
				ends, control, closedBrace, word = true, false, false, ""
			case '$':
				if i+1 < len(src) && src[i+1] == '{' {
					i++
					inText = false
					levels = append(levels, level{chain: chain, elses: elses, kind: '$'})
					base += chain + elses + bracketUnits
					chain, elses = 0, 0
					ends, control, closedBrace, word = false, false, false, ""
					if tooDeep() {
						return peak
					}
				}
			}
			continue
		}
		switch {
		case c == '\n' || c == '\r':
			newline = true
			continue
		case c == ' ' || c == '\t' || c == '\f' || c == '\v':
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			newline = true
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return peak
			}
			if strings.IndexByte(src[i+2:i+2+end], '\n') >= 0 {
				newline = true
			}
			i += end + 3
			continue
		}
		nl := newline
		newline = false
		prev, last = last, c
		if afterStatement {
			afterStatement = false
			if !strings.HasPrefix(src[i:], "else") || i+4 < len(src) && isDepthWordByte(src[i+4]) {
				elses = 0
			}
		}
		switch {
		case c == '\'' || c == '"':
			statement()
			for i++; i < len(src) && src[i] != c && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
			ends, control, closedBrace, word = true, false, false, ""
		case c == '`':
			if ends && !control {
				chain++ // a tagged template: a call
			}
			inText = true
		case c == '/' && (!ends || control || closedBrace):
			statement()
			class := false
			for i++; i < len(src) && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					i++
				} else if src[i] == '[' {
					class = true
				} else if src[i] == ']' {
					class = false
				} else if src[i] == '/' && !class {
					break
				}
			}
			for i+1 < len(src) && isDepthWordByte(src[i+1]) { // flags
				i++
			}
			ends, control, closedBrace, word = true, false, false, ""
		case isDepthWordByte(c) || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i + 1
			for j < len(src) && (isDepthWordByte(src[j]) || c >= '0' && c <= '9' && src[j] == '.') {
				j++
			}
			w := src[i:j]
			i = j - 1
			switch w {
			case "in", "instanceof", "else", "of":
			case "case", "default": // a clause of a switch: `case 1: case 2:` is no chain
				chain = 0
			default:
				statement()
			}
			switch w {
			case "in", "instanceof":
				chain += binaryUnits
				if tooDeep() {
					return peak
				}
			case "else":
				elses++
				if tooDeep() {
					return peak
				}
			case "function":
				body, bodyAt = bodyUnits, len(levels)
			case "class":
				body, bodyAt = classBodyUnits, len(levels)
				chain += classUnits
				if tooDeep() {
					return peak
				}
			case "typeof", "void", "delete", "new", "await", "yield", "if", "while", "for", "with", "do":
				chain++
				if tooDeep() {
					return peak
				}
			}
			switch w {
			case "return", "typeof", "void", "delete", "new", "await", "yield", "in", "of", "instanceof",
				"case", "do", "else", "throw", "extends", "if", "while", "for", "with":
				ends = false
			default:
				ends = true
			}
			control, closedBrace, word = false, false, w
		case c == ';' || c == ',':
			chain = 0
			afterStatement = c == ';'
			ends, control, closedBrace, word = false, false, false, ""
		case c == '(' || c == '[' || c == '{':
			if c == '{' {
				statement()
			} else if ends && !control {
				chain += callUnits // a call or an index
			}
			head := c == '(' && (word == "if" || word == "while" || word == "for" || word == "with" ||
				word == "switch" || word == "catch")
			extra := 0
			if c == '{' && body > 0 && bodyAt == len(levels) {
				extra, body = body, 0
			} else if c == '{' && (prev == ')' && !control || prev == '>') {
				extra = bodyUnits // a method's body, or an arrow's
			}
			levels = append(levels, level{chain: chain, elses: elses, kind: c, control: head, body: extra})
			base += chain + elses + bracketUnits + extra
			chain, elses = 0, 0
			ends, control, closedBrace, word = false, false, false, ""
			if tooDeep() {
				return peak
			}
		case c == ')' || c == ']' || c == '}':
			head := false
			if n := len(levels); n > 0 {
				l := levels[n-1]
				levels = levels[:n-1]
				base -= l.chain + l.elses + bracketUnits + l.body
				chain, elses = l.chain, l.elses
				head = l.control
				afterStatement = c == '}'
				if l.kind == '$' {
					inText = true // back in the template's text
				}
			}
			ends, control, closedBrace, word = true, head, c == '}', ""
		default: // an operator
			n := operatorLen(src[i:])
			op := src[i : i+n]
			if op == "=>" {
				last = '>'
			} else if c == '>' {
				last = 0 // > >= >> are no arrow
			}
			postfix := ends && !nl && (op == "++" || op == "--")
			if (op == "!" || op == "~" || op == "@" || op == "++" || op == "--") && !postfix {
				statement()
			}
			i += n - 1
			chain += operatorUnits(op, ends && !postfix)
			if tooDeep() {
				return peak
			}
			ends, control, closedBrace, word = postfix, false, false, ""
		}
	}
	return peak
}

// operatorUnits is what op costs, after a value (infix) or not (prefix).
func operatorUnits(op string, infix bool) int {
	if !infix {
		return 1 // ! - typeof...: a few hundred bytes a level
	}
	switch op {
	case ".", "?.", "?", ":", "++", "--":
		return 1
	case "=>":
		return arrowUnits
	case "==", "===", "!=", "!==", "<=", ">=":
		return binaryUnits
	}
	if op[len(op)-1] == '=' {
		return 1 // an assignment
	}
	return binaryUnits
}

// isDepthWordByte: a byte of an identifier, keyword or number (any byte of a
// multi-byte character counts, so non-ASCII identifiers are words).
func isDepthWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c == '#' || c >= 0x80 || c == '\\'
}

// operatorLen is the length of the punctuator at the start of s (one for
// a byte no longer punctuator begins with).
func operatorLen(s string) int {
	if len(s) < 2 {
		return 1
	}
	c, d := s[0], s[1]
	switch c {
	case '=', '!':
		if d == '=' {
			if len(s) > 2 && s[2] == '=' {
				return 3 // === !==
			}
			return 2 // == !=
		}
		if c == '=' && d == '>' {
			return 2 // =>
		}
	case '.':
		if d == '.' && len(s) > 2 && s[2] == '.' {
			return 3 // ...
		}
	case '?':
		if d == '.' || d == '?' {
			if d == '?' && len(s) > 2 && s[2] == '=' {
				return 3 // ??=
			}
			return 2 // ?. ??
		}
	case '*', '&', '|':
		if d == c {
			if len(s) > 2 && s[2] == '=' {
				return 3 // **= &&= ||=
			}
			return 2 // ** && ||
		}
		if d == '=' {
			return 2
		}
	case '+', '-':
		if d == c || d == '=' {
			return 2 // ++ -- += -=
		}
	case '/', '%', '^':
		if d == '=' {
			return 2
		}
	case '<', '>':
		n := 1
		for n < len(s) && n < 3 && s[n] == c && (c == '>' || n < 2) {
			n++ // << >> >>>
		}
		if n < len(s) && s[n] == '=' {
			n++ // <= >= <<= >>= >>>=
		}
		return n
	}
	return 1
}
