package esm

import (
	"strconv"
	"strings"
)

// A token of JavaScript source: what the module and CommonJS analyses
// (module.go, cjsexports.go) read instead of matching text, so that an
// `import` inside a string, a comment, a template or a regular expression
// is never taken for a declaration.
type token struct {
	kind       tokKind
	start, end int    // byte offsets in the source
	text       string // the source text of the token
	regexAfter bool   // a ')' closing if/while/for/with: '/' after it starts a regexp
}

type tokKind uint8

const (
	tokEOF tokKind = iota
	tokIdent
	tokString
	tokTemplate // a whole template literal (substitutions scanned inside)
	tokRegexp
	tokNumber
	tokPunct
)

// scanner splits source into tokens. It is written for what esbuild prints
// and for ordinary hand-written CommonJS: the one context-dependent choice,
// `/` as division or as the start of a regular expression, follows the
// previous token (after a value it divides; after an operator, a keyword
// such as return, or the parenthesis closing `if (...)`, it starts a
// regular expression).
type scanner struct {
	src    string
	pos    int
	prev   token
	parens []bool // per open '(': whether it follows if/while/for/with
	braces []int  // template nesting: brace depth at each `${`
	depth  int    // brace depth, for template substitutions
}

func newScanner(src string) *scanner { return &scanner{src: src} }

// regexpKeywords are the keywords after which `/` starts a regular expression.
var regexpKeywords = map[string]bool{
	"return": true, "typeof": true, "instanceof": true, "in": true, "of": true, "new": true,
	"delete": true, "void": true, "throw": true, "case": true, "do": true, "else": true,
	"yield": true, "await": true, "extends": true, "default": true,
}

func (s *scanner) regexpAllowed() bool {
	switch s.prev.kind {
	case tokEOF:
		return true
	case tokIdent:
		return regexpKeywords[s.prev.text]
	case tokString, tokTemplate, tokRegexp, tokNumber:
		return false
	}
	switch s.prev.text {
	case "]":
		return false
	case ")":
		return s.prev.regexAfter
	case "}":
		return true
	}
	return true
}

// next returns the next token, or tokEOF at the end.
func (s *scanner) next() token {
	t := s.scan()
	if t.kind != tokEOF {
		s.prev = t
	}
	return t
}

func (s *scanner) scan() token {
	src := s.src
	for s.pos < len(src) {
		c := src[s.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			s.pos++
			continue
		case c == '/' && s.pos+1 < len(src) && src[s.pos+1] == '/':
			for s.pos < len(src) && src[s.pos] != '\n' {
				s.pos++
			}
			continue
		case c == '/' && s.pos+1 < len(src) && src[s.pos+1] == '*':
			end := strings.Index(src[s.pos+2:], "*/")
			if end < 0 {
				s.pos = len(src)
			} else {
				s.pos += end + 4
			}
			continue
		case c == '#' && s.pos == 0 && strings.HasPrefix(src, "#!"):
			for s.pos < len(src) && src[s.pos] != '\n' {
				s.pos++
			}
			continue
		case c >= 0x80:
			// Unicode white space (U+00A0, U+2028, U+FEFF, ...) or an
			// identifier character.
			if r, n := decodeRune(src[s.pos:]); isUnicodeSpace(r) {
				s.pos += n
				continue
			}
		}
		break
	}
	start := s.pos
	if start >= len(src) {
		return token{kind: tokEOF, start: start, end: start}
	}
	c := src[start]
	switch {
	case isIdentStart(c):
		s.pos++
		for s.pos < len(src) && isIdentPart(src[s.pos]) {
			s.pos++
		}
		return s.tok(tokIdent, start)
	case c >= '0' && c <= '9' || c == '.' && start+1 < len(src) && src[start+1] >= '0' && src[start+1] <= '9':
		s.pos++
		for s.pos < len(src) && (isIdentPart(src[s.pos]) || src[s.pos] == '.' ||
			(src[s.pos] == '+' || src[s.pos] == '-') && (src[s.pos-1] == 'e' || src[s.pos-1] == 'E') && !strings.HasPrefix(src[start:], "0x")) {
			s.pos++
		}
		return s.tok(tokNumber, start)
	case c == '"' || c == '\'':
		s.pos++
		for s.pos < len(src) && src[s.pos] != c && src[s.pos] != '\n' {
			if src[s.pos] == '\\' {
				s.pos++
			}
			s.pos++
		}
		s.pos = min(s.pos+1, len(src))
		return s.tok(tokString, start)
	case c == '`':
		s.pos++
		return s.template(start)
	case c == '}' && len(s.braces) > 0 && s.braces[len(s.braces)-1] == s.depth:
		// The end of a template substitution: the template goes on.
		s.braces = s.braces[:len(s.braces)-1]
		s.pos++
		return s.template(start)
	case c == '/' && s.regexpAllowed():
		s.pos++
		inClass := false
		for s.pos < len(src) && src[s.pos] != '\n' {
			ch := src[s.pos]
			if ch == '\\' {
				s.pos += 2
				continue
			}
			if ch == '[' {
				inClass = true
			} else if ch == ']' {
				inClass = false
			} else if ch == '/' && !inClass {
				break
			}
			s.pos++
		}
		s.pos++
		for s.pos < len(src) && isIdentPart(src[s.pos]) {
			s.pos++
		}
		s.pos = min(s.pos, len(src))
		return s.tok(tokRegexp, start)
	}
	s.pos++
	t := s.tok(tokPunct, start)
	switch c {
	case '{':
		s.depth++
	case '}':
		s.depth--
	case '(':
		s.parens = append(s.parens, s.prev.kind == tokIdent &&
			(s.prev.text == "if" || s.prev.text == "while" || s.prev.text == "for" || s.prev.text == "with"))
	case ')':
		if n := len(s.parens); n > 0 {
			if s.parens[n-1] {
				t.regexAfter = true
			}
			s.parens = s.parens[:n-1]
		}
	default:
		// Multi-character punctuators matter only as "not a value";
		// one token per character is enough for the analyses.
	}
	return t
}

// template scans from after a backquote or a substitution's closing brace
// to the end of the template or the next `${`.
func (s *scanner) template(start int) token {
	src := s.src
	for s.pos < len(src) {
		switch src[s.pos] {
		case '\\':
			s.pos += 2
			continue
		case '`':
			s.pos++
			return s.tok(tokTemplate, start)
		case '$':
			if s.pos+1 < len(src) && src[s.pos+1] == '{' {
				s.pos += 2
				s.braces = append(s.braces, s.depth)
				// The substitution's tokens follow; the template part is
				// reported as a punctuator, which is "not a value".
				return s.tok(tokPunct, start)
			}
		}
		s.pos++
	}
	s.pos = len(src)
	return s.tok(tokTemplate, start)
}

func (s *scanner) tok(k tokKind, start int) token {
	end := min(s.pos, len(s.src))
	return token{kind: k, start: start, end: end, text: s.src[start:end]}
}

func (t token) is(text string) bool { return t.kind == tokPunct && t.text == text }

func (t token) isWord(w string) bool { return t.kind == tokIdent && t.text == w }

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c == '\\'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func decodeRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			n := len(string(r))
			return r, n
		}
	}
	return 0, 1
}

func isUnicodeSpace(r rune) bool {
	switch r {
	case 0xA0, 0xFEFF, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// stringValue is the value of a string literal token (the module
// specifiers and export names the analyses read).
func stringValue(lit string) string {
	if len(lit) < 2 {
		return ""
	}
	body := lit[1 : len(lit)-1]
	if !strings.Contains(body, "\\") {
		return body
	}
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := body[i]; e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '0':
			b.WriteByte(0)
		case 'x':
			if i+2 < len(body) {
				if v, err := strconv.ParseUint(body[i+1:i+3], 16, 8); err == nil {
					b.WriteRune(rune(v))
					i += 2
					continue
				}
			}
			b.WriteByte(e)
		case 'u':
			hex, skip := "", 0
			if i+1 < len(body) && body[i+1] == '{' {
				if end := strings.IndexByte(body[i:], '}'); end > 0 {
					hex, skip = body[i+2:i+end], end
				}
			} else if i+4 < len(body) {
				hex, skip = body[i+1:i+5], 4
			}
			if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
				b.WriteRune(rune(v))
				i += skip
				continue
			}
			b.WriteByte(e)
		case '\n':
		default:
			b.WriteByte(e)
		}
	}
	return b.String()
}

// TokenStarts calls f with the byte offset in src of each token's start, in
// order (each character of a punctuator starts one; comments and white
// space start none): where goja can place a position in the source.
func TokenStarts(src string, f func(start int)) {
	s := newScanner(src)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		f(t.start)
	}
}
