package js

// A plain typo (a missing bracket, two names in a row, an unterminated
// string) in a CommonJS file: V8's SyntaxError from goja's own parse error,
// without asking esbuild (esm.LowerCommonJS) to find it again. On the page
// that second parser is a 2.6 MB download (wasm/transformer) that a
// reader's first typo waited 10-19 s for; in the CLI it is a second parse.
// Only the shapes whose V8 words and place are known here are answered;
// anything else (and any source that may hold syntax goja lacks) goes to
// esbuild as before. TestPlainSyntaxErrorAgrees checks every answer given
// here against the esbuild path's, over the conformance corpus with
// characters deleted.

import (
	"errors"
	"strings"

	"github.com/dop251/goja/parser"
)

// usePlainSyntaxErrors is off only in TestPlainSyntaxErrorAgrees, for the
// esbuild path's answer to compare with.
var usePlainSyntaxErrors = true

// plainSyntaxError is V8's SyntaxError for src (the CommonJS file name),
// which goja refused to parse with err, when the source cannot be syntax
// that esbuild would lower and the error is a shape known here; ok is
// false otherwise.
func plainSyntaxError(name, src string, headLen int, err error) (se *syntaxError, ok bool) {
	var list parser.ErrorList
	if !errors.As(err, &list) || len(list) == 0 || mayNeedLowering(src) {
		return nil, false
	}
	toks, ok := plainTokens(src)
	if !ok {
		return nil, false
	}
	for _, t := range toks {
		if t.kind == tokRegExp {
			return nil, false // goja and V8 read a regular expression's flags and classes each their own way
		}
	}
	first := list[0]
	line, col := first.Position.Line, first.Position.Column-1
	if line == 1 {
		col -= headLen
	}
	n := lineCount(src)
	lastLine := sourceLine(src, n)
	// the error's byte offset in src; past the end: goja met the wrapper's
	// closing "})" (the file ended early)
	off := -1
	if line >= 1 && line <= n && col >= 0 && !(line == n && col >= len(lastLine)) {
		off = lineStart(src, line) + col
		if col > len(sourceLine(src, line)) {
			off = -1
		}
	}
	msg := first.Message
	for k, t := range toks {
		if t.kind == tokUnterminated && (off < 0 || t.start <= off) {
			if open, _, _ := openBrackets(src, toks[:k]); open == nil || k > 0 && endsValue(src, toks[k-1]) {
				return nil, false // V8 may complain of the token before it
			}
			// V8 stops at the first string the line ends inside, and
			// underlines from its quote to the end of the line
			l := strings.Count(src[:t.start], "\n") + 1
			return &syntaxError{file: name, message: "Invalid or unexpected token", line: l, col: t.start - lineStart(src, l),
				length: t.end - t.start, lineText: sourceLine(src, l)}, true
		}
	}
	if off < 0 || msg == "Unexpected end of input" {
		return endOfInput(name, src, toks)
	}
	// the token goja stopped at, and the brackets open there
	i := 0
	for i < len(toks) && toks[i].end <= off {
		i++
	}
	if i == len(toks) || toks[i].start != off {
		return nil, false // goja stopped inside a token: not a shape known here
	}
	tok := toks[i]
	open, closed, _ := openBrackets(src, toks[:i])
	if open == nil {
		return nil, false
	}
	at := func(t plainToken, message string, length int) (*syntaxError, bool) {
		l := strings.Count(src[:t.start], "\n") + 1
		c := t.start - lineStart(src, l)
		return &syntaxError{file: name, message: message, line: l, col: c, length: length, lineText: sourceLine(src, l)}, true
	}
	text := src[tok.start:tok.end]
	switch {
	case msg == "Unexpected token ILLEGAL":
		if tok.kind == tokUnterminated {
			// V8 underlines from the quote to the end of the line
			return at(tok, "Invalid or unexpected token", tok.end-tok.start)
		}
		if tok.kind == tokOther && len(text) == 1 && (text == "@" || text == "#") {
			return at(tok, "Invalid or unexpected token", 1)
		}
		return nil, false
	case msg == "Unexpected identifier" && tok.kind == tokWord, msg == "Unexpected number" && tok.kind == tokNumber,
		msg == "Unexpected string" && tok.kind == tokString, strings.HasPrefix(msg, "Unexpected token ") && msg[len("Unexpected token "):] == text:
	default:
		return nil, false
	}
	if tok.kind == tokWord && (jsKeywords()[text] || strictReserved()[text] || text == "async" || text == "of" || text == "get" || text == "set") {
		return nil, false // V8 has words of its own for some of these
	}
	if uninitialized(src, toks, i) {
		return nil, false
	}
	if tok.kind == tokOther && !strings.Contains(";,)]}{(.:=?", text) {
		return nil, false // an operator: V8 words some (a unary before **)
	}
	if len(open) > 0 && open[len(open)-1].kind == bracketCall {
		// inside a call's arguments V8 expects the closing parenthesis
		// after the last token that ends an argument
		if i == 0 || !argumentEnd(src, toks[i-1], closed) || !completeArgument(src, toks, open[len(open)-1].at, i) {
			return nil, false
		}
		p := toks[i-1]
		return at(p, "missing ) after argument list", p.end-p.start)
	}
	if len(open) > 0 && open[len(open)-1].kind == bracketUnknown {
		return nil, false
	}
	return at(tok, unexpectedToken(text), tok.end-tok.start)
}

// endOfInput is V8's error for a file that ends inside a construct: the
// missing ")" of a call whose last argument is complete, else "Unexpected
// end of input" at the end of the last line.
func endOfInput(name, src string, toks []plainToken) (*syntaxError, bool) {
	open, closed, bad := openBrackets(src, toks)
	if open == nil {
		// goja took a closing bracket for the wrapper's: V8 stops there
		if uninitialized(src, toks, bad) {
			return nil, false
		}
		t := toks[bad]
		l := strings.Count(src[:t.start], "\n") + 1
		return &syntaxError{file: name, message: unexpectedToken(src[t.start:t.end]), line: l, col: t.start - lineStart(src, l),
			length: 1, lineText: sourceLine(src, l)}, true
	}
	n := lineCount(src)
	last := sourceLine(src, n)
	eoi := &syntaxError{file: name, message: "Unexpected end of input", line: n, col: len(last), lineText: last}
	if len(open) == 0 {
		return nil, false // goja found the file unfinished, the brackets do not say why
	}
	switch open[len(open)-1].kind {
	case bracketUnknown:
		return nil, false
	case bracketCall:
		if len(toks) == 0 || !endsValue(src, toks[len(toks)-1]) && src[toks[len(toks)-1].start] != '}' {
			return eoi, true
		}
		if !argumentEnd(src, toks[len(toks)-1], closed) || !completeArgument(src, toks, open[len(open)-1].at, len(toks)) {
			return nil, false
		}
		t := toks[len(toks)-1]
		l := strings.Count(src[:t.start], "\n") + 1
		return &syntaxError{file: name, message: "missing ) after argument list", line: l, col: t.start - lineStart(src, l),
			length: t.end - t.start, lineText: sourceLine(src, l)}, true
	}
	return eoi, true
}

// argumentEnd reports whether t, the token before an error inside a
// call's arguments, ends an argument: a value, a call's ")", a function
// body's or an object literal's "}" (closed is the kind of the last
// bracket closed).
func argumentEnd(src string, t plainToken, closed bracketKind) bool {
	switch src[t.start:t.end] {
	case ")":
		return closed == bracketCall
	case "}":
		return closed == bracketBrace || closed == bracketObject
	}
	return endsValue(src, t)
}

// completeArgument reports whether the tokens from the call's "(" at
// offset open up to toks[i] hold no construct V8 may still be inside (a
// conditional's "?", a function or class expression's head): then the
// token before toks[i] ends an argument.
func completeArgument(src string, toks []plainToken, open, i int) bool {
	depth := 0
	body, colon := false, false // a body closed, a ":" seen (scanning back)
	for k := i - 1; k >= 0 && toks[k].start > open; k-- {
		switch w := src[toks[k].start:toks[k].end]; {
		case toks[k].kind == tokTemplate:
		case w == ")" || w == "]" || w == "}":
			depth++
		case w == "(" || w == "[" || w == "{":
			depth--
			body = body || depth == 0 && w == "{"
		case w == "const" || w == "let" || w == "var":
			return false // V8 may stop at a declaration without its initializer
		case depth > 0:
		case w == ",":
			return true // an argument before this one
		case w == ":":
			colon = true
		case w == "?" && !colon, (w == "function" || w == "class") && !body:
			return false
		}
	}
	return true
}

// uninitialized reports whether toks[i] follows a declared name ("const
// x }", "let a, b }"): V8 words that as a declaration without its initializer.
func uninitialized(src string, toks []plainToken, i int) bool {
	k := i - 1
	for k >= 1 && toks[k].kind == tokWord {
		if w := src[toks[k-1].start:toks[k-1].end]; w == "const" || w == "let" || w == "var" {
			return true
		} else if w != "," {
			return false
		}
		k -= 2
	}
	return false
}

// mayNeedLowering reports whether src may hold syntax goja's parser lacks
// and esbuild lowers (ES-module syntax, await, async generators, for
// await, HTML-like comments, a hashbang), or text whose columns the
// scanner here does not count as goja does: such a source keeps the
// esbuild path.
func mayNeedLowering(src string) bool {
	for i := 0; i < len(src); i++ {
		if c := src[i]; c >= 0x80 || c == '\r' || c == '\\' && i+1 < len(src) && src[i+1] == 'u' {
			return true
		}
	}
	for _, w := range []string{"import", "export", "await", "yield", "<!--", "-->", "#!", "*"} {
		if strings.Contains(src, w) {
			if w != "*" || strings.Contains(src, "async") || strings.Contains(src, "function") {
				return true
			}
		}
	}
	return false
}

// lineStart is the offset of line n (1-based) in src.
func lineStart(src string, n int) int {
	off := 0
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src[off:], '\n')
		if j < 0 {
			return len(src)
		}
		off += j + 1
	}
	return off
}

type plainKind uint8

const (
	tokWord plainKind = iota
	tokNumber
	tokString
	tokUnterminated // a string the line ends inside
	tokTemplate     // a template's text up to its end or a ${
	tokRegExp
	tokOther // punctuation, one character
)

type plainToken struct {
	start, end int
	kind       plainKind
}

// plainTokens splits src into tokens, enough to follow its brackets:
// comments are skipped, strings, templates and regular expressions are
// tokens of their own. ok is false for text it cannot split with
// confidence.
func plainTokens(src string) (toks []plainToken, ok bool) {
	var braces []bool // per open "{": whether it is a template's "${"
	i := 0
	template := func(from int) (int, bool) {
		// from is just after "`" or a "}" closing a "${": to the end of the
		// template or the next "${"
		for j := from; j < len(src); j++ {
			switch src[j] {
			case '\\':
				j++
			case '`':
				return j + 1, true
			case '$':
				if j+1 < len(src) && src[j+1] == '{' {
					braces = append(braces, true)
					return j + 2, true
				}
			}
		}
		return 0, false
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				return nil, false
			}
			i += j + 4
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(src) && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) || src[j] != c {
				end := min(j, len(src))
				toks = append(toks, plainToken{i, end, tokUnterminated})
				i = end
				continue
			}
			toks = append(toks, plainToken{i, j + 1, tokString})
			i = j + 1
		case c == '`':
			end, ok := template(i + 1)
			if !ok {
				return nil, false
			}
			toks = append(toks, plainToken{i, end, tokTemplate})
			i = end
		case c == '/':
			if len(toks) > 0 && endsValue(src, toks[len(toks)-1]) {
				toks = append(toks, plainToken{i, i + 1, tokOther}) // division
				i++
				continue
			}
			j, class := i+1, false
			for ; j < len(src) && src[j] != '\n'; j++ {
				if src[j] == '\\' {
					j++
				} else if src[j] == '[' {
					class = true
				} else if src[j] == ']' {
					class = false
				} else if src[j] == '/' && !class {
					break
				}
			}
			if j >= len(src) || src[j] != '/' {
				return nil, false
			}
			j++
			for j < len(src) && isWordByte(src[j]) {
				j++
			}
			toks = append(toks, plainToken{i, j, tokRegExp})
			i = j
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			if c == '0' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9' {
				return nil, false // a legacy octal: V8 reads it its own way
			}
			j, dot := i+1, c == '.'
			for j < len(src) && (isWordByte(src[j]) || src[j] == '.' && !dot) {
				dot = dot || src[j] == '.'
				j++
			}
			toks = append(toks, plainToken{i, j, tokNumber})
			i = j
		case isWordByte(c):
			j := i + 1
			for j < len(src) && isWordByte(src[j]) {
				j++
			}
			toks = append(toks, plainToken{i, j, tokWord})
			i = j
		case c == '{':
			braces = append(braces, false)
			toks = append(toks, plainToken{i, i + 1, tokOther})
			i++
		case c == '}' && len(braces) > 0 && braces[len(braces)-1]:
			braces = braces[:len(braces)-1]
			end, ok := template(i + 1)
			if !ok {
				return nil, false
			}
			toks = append(toks, plainToken{i, end, tokTemplate})
			i = end
		case c == '}':
			if len(braces) > 0 {
				braces = braces[:len(braces)-1]
			}
			toks = append(toks, plainToken{i, i + 1, tokOther})
			i++
		default:
			toks = append(toks, plainToken{i, i + 1, tokOther})
			i++
		}
	}
	return toks, true
}

// endsValue reports whether t can end an expression (a name that is no
// operator keyword, a literal, a closing bracket): a "/" after it divides,
// and a call's argument can stop after it.
func endsValue(src string, t plainToken) bool {
	text := src[t.start:t.end]
	switch t.kind {
	case tokWord:
		return !jsKeywords()[text] || text == "this" || text == "null" || text == "true" || text == "false" || text == "super"
	case tokNumber, tokString, tokRegExp:
		return true
	case tokTemplate:
		return text[len(text)-1] == '`'
	case tokOther:
		return text == ")" || text == "]"
	}
	return false
}

type bracketKind uint8

const (
	bracketCall    bracketKind = iota // a call's arguments
	bracketParen                      // any other "(" V8 reports the next token in
	bracketBrace                      // a block's "{", or "["
	bracketObject                     // an object literal's or a class body's "{"
	bracketUnknown                    // a "(" not known here
)

type openBracket struct {
	kind bracketKind
	at   int
}

// openBrackets is the stack of brackets toks leave open (nil when they
// close one they did not open: bad is that token's index), and the kind
// of the last bracket closed.
func openBrackets(src string, toks []plainToken) (stack []openBracket, closed bracketKind, bad int) {
	stack = []openBracket{}
	closed = bracketUnknown
	pop := func(want byte) bool {
		if len(stack) == 0 || src[stack[len(stack)-1].at] != want {
			return false
		}
		closed = stack[len(stack)-1].kind
		stack = stack[:len(stack)-1]
		return true
	}
	word := func(i int) string {
		if i < 0 {
			return ""
		}
		return src[toks[i].start:toks[i].end]
	}
	for i, t := range toks {
		text := src[t.start:t.end]
		switch {
		case t.kind == tokTemplate:
			if text[0] == '}' && !pop('$') {
				return nil, closed, i
			}
			if strings.HasSuffix(text, "${") {
				// V8 has words of its own for a template's expressions
				stack = append(stack, openBracket{bracketUnknown, t.end - 2})
			}
		case t.kind != tokOther:
		case text == "(":
			kind := bracketUnknown
			p, pp := word(i-1), word(i-2)
			inObject := len(stack) > 0 && stack[len(stack)-1].kind == bracketObject
			switch {
			case i == 0:
				kind = bracketParen
			case toks[i-1].kind == tokWord && (p == "if" || p == "while" || p == "for" || p == "switch" || p == "catch" || p == "with" || p == "function" || pp == "function"):
				kind = bracketParen
			case toks[i-1].kind == tokWord && inObject && (pp == "{" || pp == "," || pp == ";" || pp == "}"):
				// a method's parameters, or a call: not known here
			case toks[i-1].kind == tokWord && !jsKeywords()[p] && !strictReserved()[p] && p != "async",
				p == ")" || p == "]":
				kind = bracketCall
			case p == "=" || p == ";" || p == "{" || p == "}" || p == "," || p == "(":
				kind = bracketParen
			}
			stack = append(stack, openBracket{kind, t.start})
		case text == "{":
			// a block after these; any other an object literal or a class
			// body, whose methods look like calls
			kind := bracketObject
			p := word(i - 1)
			if p == ">" && word(i-2) == "=" && toks[i-2].end == toks[i-1].start {
				p = "=>"
			}
			switch p {
			case ")", "=>", "else", "try", "finally", "do", ";", "{", "}", "":
				kind = bracketBrace
			case "(":
				kind = bracketUnknown // a destructured parameter, perhaps
				if len(stack) > 0 && stack[len(stack)-1].kind == bracketCall {
					kind = bracketObject // an object literal argument
				}
			}
			stack = append(stack, openBracket{kind, t.start})
		case text == "[":
			stack = append(stack, openBracket{bracketBrace, t.start})
		case text == ")":
			if !pop('(') {
				return nil, closed, i
			}
		case text == "]":
			if !pop('[') {
				return nil, closed, i
			}
		case text == "}":
			if !pop('{') {
				return nil, closed, i
			}
		}
	}
	return stack, closed, -1
}
