package js

import "testing"

// The trace's error event keeps one line of an uncaught error's report: a
// SyntaxError's message with its position, not node's "file:line" header.
func TestErrorSummary(t *testing.T) {
	for _, c := range []struct{ report, want string }{
		{"Error: boom\n    at g (/main.js:2:22)\n    at /main.js:3:2", "Error: boom"},
		{"/main.js:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'", "SyntaxError: Unexpected token ';' (/main.js:2:9)"},
		{"/main.js:2\n\tlet x = ;\n\t        ^\n\nSyntaxError: Unexpected token ';'", "SyntaxError: Unexpected token ';' (/main.js:2:10)"},
		{"/main.js:3\n\n\n\nSyntaxError: Unexpected end of input", "SyntaxError: Unexpected end of input (/main.js:3)"},
		{"file:///main.mjs:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected \";\"\n\nNode.js v20.20.2", "SyntaxError: Unexpected \";\" (file:///main.mjs:2:9)"},
		{"/main.js:2\nlet é = ;\n        ^^\n\nSyntaxError: x", "SyntaxError: x (/main.js:2:9)"},
		{"Uncaught 'a:1'", "Uncaught 'a:1'"},
		{"a:1\nb\nc\n\nd", "a:1"}, // no caret under the line: not a SyntaxError's header
		{"", ""},
	} {
		if got := errorSummary(c.report); got != c.want {
			t.Errorf("errorSummary(%q) = %q, want %q", c.report, got, c.want)
		}
	}
}
