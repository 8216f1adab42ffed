package js_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
)

// TestRequireStackOnce: a module that cannot be found says its require
// stack once, in its message and in its stack, however the stack is read,
// and so does the uncaught-error report (it said it twice: goja made the
// stack from the message that already held it, then it was added again).
func TestRequireStackOnce(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"stack read", "try { require('./nope') } catch (e) { console.log(e.stack); console.log(e.message) }"},
		{"uncaught", "require('./nope')"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			rt, err := js.New(js.Options{Stdout: &out, Stderr: &errOut})
			if err != nil {
				t.Fatal(err)
			}
			rt.RunSource("/tmp/main.js", tc.src)
			all := out.String() + errOut.String()
			want := 2 // the stack, then the message
			if tc.name == "uncaught" {
				want = 1
			}
			if n := strings.Count(all, "Require stack:"); n != want {
				t.Errorf("%d times \"Require stack:\", want %d:\n%s", n, want, all)
			}
		})
	}
}
