package js

import (
	"strings"
	"sync"
)

// v8Message rewords a syntax error esbuild found (evloop's second parser,
// the one that reports when a file is not JavaScript) as V8 words the
// same error, for the common cases: node prints V8's words. token is the
// source text the error points at. Anything not listed keeps esbuild's
// words; site/docs/esm.md says so.
func v8Message(text, token string) string {
	switch {
	case strings.HasPrefix(text, "Unexpected "), strings.HasPrefix(text, "Expected ") && strings.Contains(text, " but found "):
		if strings.HasSuffix(text, "end of file") {
			return "Unexpected end of input"
		}
		if token != "" {
			return unexpectedToken(token)
		}
	case strings.HasPrefix(text, "The symbol ") && strings.HasSuffix(text, " has already been declared"):
		name := strings.Trim(strings.TrimSuffix(strings.TrimPrefix(text, "The symbol "), " has already been declared"), `"`)
		return "Identifier '" + name + "' has already been declared"
	case text == `"await" can only be used inside an "async" function`:
		return "await is only valid in async functions and the top level bodies of modules"
	case text == "Classes cannot contain more than one constructor":
		return "A class may only have one constructor"
	case text == "Unterminated string literal", text == "Unterminated template literal", strings.HasPrefix(text, "Syntax error "):
		return "Invalid or unexpected token"
	}
	return text
}

// unexpectedToken is V8's "Unexpected …" for the token tok.
func unexpectedToken(tok string) string {
	switch c := tok[0]; {
	case c == '"' || c == '\'':
		return "Unexpected string"
	case c == '`':
		return "Unexpected template string"
	case c >= '0' && c <= '9' || c == '.' && len(tok) > 1:
		return "Unexpected number"
	case isWordByte(c):
		if jsKeywords()[tok] {
			return "Unexpected token '" + tok + "'"
		}
		if strictReserved()[tok] {
			return "Unexpected strict mode reserved word"
		}
		return "Unexpected identifier '" + tok + "'"
	}
	return "Unexpected token '" + tok + "'"
}

// jsKeywords and strictReserved are made on first use (a syntax error), not
// at every start.
var jsKeywords = sync.OnceValue(func() map[string]bool {
	return wordSet("break case catch class const continue debugger default delete do else export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with")
})
var strictReserved = sync.OnceValue(func() map[string]bool {
	return wordSet("implements interface package private protected public static yield let")
})

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Fields(words) {
		m[k] = true
	}
	return m
}
