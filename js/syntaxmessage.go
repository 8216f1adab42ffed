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
		if token == "super" {
			return "'super' keyword unexpected here"
		}
		if token != "" {
			return unexpectedToken(token)
		}
	case strings.HasSuffix(text, " cannot be used in strict mode"), strings.HasSuffix(text, " cannot be used in an ECMAScript module"),
		strings.HasSuffix(text, " cannot be used inside an ECMAScript module"):
		if m := strictModeMessage(text, token); m != "" {
			return m
		}
	case text == "The JSX syntax extension is not currently enabled":
		// A < where an expression starts: esbuild takes it for JSX, V8
		// for the token it is.
		if token != "" {
			return unexpectedToken(token)
		}
	case strings.HasPrefix(text, `Cannot use "break" here`):
		return "Illegal break statement"
	case strings.HasPrefix(text, `Cannot use "continue" here`):
		return "Illegal continue statement: no surrounding iteration statement"
	case strings.HasPrefix(text, `Cannot use "let" as an identifier here`):
		return "let is disallowed as a lexically bound name"
	case strings.HasPrefix(text, `Cannot use "await" as an identifier here`):
		return "Unexpected reserved word"
	case strings.HasPrefix(text, "There is no containing label named "):
		return "Undefined label '" + quoted(text) + "'"
	case strings.HasPrefix(text, "Duplicate label "):
		return "Label '" + quoted(text) + "' has already been declared"
	case strings.HasPrefix(text, "Multiple exports with the same name "):
		return "Duplicate export of '" + quoted(text) + "'"
	case strings.HasSuffix(text, " is not declared in this file"):
		return "Export '" + quoted(text) + "' is not defined in module"
	case strings.HasSuffix(text, " cannot be bound multiple times in the same parameter list"):
		return "Duplicate parameter name not allowed in this context"
	case strings.HasPrefix(text, "Getter ") && strings.HasSuffix(text, " must have zero arguments"):
		return "Getter must not have any formal parameters."
	case strings.HasPrefix(text, "Setter ") && strings.HasSuffix(text, " must have exactly one argument"):
		return "Setter must have exactly one formal parameter."
	case text == "Invalid assignment target":
		if token == "eval" || token == "arguments" {
			return "Unexpected eval or arguments in strict mode"
		}
		return "Invalid left-hand side in assignment"
	case text == "Unterminated template literal":
		return "Unexpected end of input" // a template runs to the end of the file
	case strings.HasPrefix(text, "The symbol ") && strings.HasSuffix(text, " has already been declared"):
		name := strings.Trim(strings.TrimSuffix(strings.TrimPrefix(text, "The symbol "), " has already been declared"), `"`)
		return "Identifier '" + name + "' has already been declared"
	case text == `"await" can only be used inside an "async" function`:
		return "await is only valid in async functions and the top level bodies of modules"
	case strings.HasPrefix(text, "The constant ") && strings.HasSuffix(text, " must be initialized"):
		return "Missing initializer in const declaration"
	case strings.HasPrefix(text, "Deleting the private name "):
		return "Private fields can not be deleted"
	case strings.HasPrefix(text, "Private name ") && strings.HasSuffix(text, " must be declared in an enclosing class"):
		return "Private field '" + quoted(text) + "' must be declared in an enclosing class"
	case text == "Classes cannot contain more than one constructor":
		return "A class may only have one constructor"
	case text == "Unterminated string literal", strings.HasPrefix(text, "Syntax error "):
		return "Invalid or unexpected token"
	}
	return text
}

// v8ModuleMessage is v8Message for an ES module's source, where V8 words
// a few errors as it does for strict code ("await" is reserved).
func v8ModuleMessage(text, token string) string {
	if text == `"await" can only be used inside an "async" function` {
		return "Unexpected reserved word"
	}
	return v8Message(text, token)
}

// strictModeMessage is V8's message for what esbuild refuses in strict
// code ("... cannot be used in strict mode" or "in an ECMAScript module"),
// "" for one not listed.
func strictModeMessage(text, token string) string {
	what := text[:strings.Index(text, " cannot be used ")]
	switch {
	case what == "Legacy octal literals":
		if strings.ContainsAny(token, "89") {
			return "Decimals with leading zeros are not allowed in strict mode."
		}
		return "Octal literals are not allowed in strict mode."
	case what == "Legacy octal escape sequences":
		return "Octal escape sequences are not allowed in strict mode."
	case what == "With statements":
		return "Strict mode code may not include a with statement"
	case what == "Delete of a bare identifier":
		return "Delete of an unqualified identifier in strict mode."
	case strings.HasPrefix(what, "Function declarations inside "):
		return "In strict mode code, functions can only be declared at top level or inside a block."
	case strings.HasPrefix(what, "Declarations with the name "):
		return "Unexpected eval or arguments in strict mode"
	case what == "Top-level return":
		return "Illegal return statement"
	case strings.HasSuffix(what, " is a reserved word and"):
		if quoted(what) == "await" {
			return "Unexpected reserved word"
		}
		return "Unexpected strict mode reserved word"
	}
	return ""
}

// quoted is the first "double-quoted" name in an esbuild message.
func quoted(text string) string {
	i := strings.IndexByte(text, '"')
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(text[i+1:], '"')
	if j < 0 {
		return ""
	}
	return text[i+1 : i+1+j]
}

// unexpectedToken is V8's "Unexpected …" for the token tok.
func unexpectedToken(tok string) string {
	switch c := tok[0]; {
	case c == '"' || c == '\'':
		return "Unexpected string"
	case c == '`':
		return "Unexpected template string"
	case c == '#' && len(tok) > 1:
		return "Unexpected identifier '" + tok + "'"
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
