package js_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
)

// TestModuleErrorFrames: an error in an ES module, printed by
// console.log or as uncaught, shows the program's frames only. The frame
// evloop runs a module's evaluation under (jsFrame) showed as
// "at apply (native)" and two "at <eval>:1:…" frames after them.
func TestModuleErrorFrames(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"uncaught at top level", "function f() { throw new TypeError('bad'); }\nf();\n"},
		{"uncaught after await", "await null;\nthrow new Error('late');\n"},
		{"logged", "function f() { return new Error('x'); }\nconsole.log(f());\nPromise.resolve().then(() => console.log(new Error('in a job')));\n"},
		{"missing export", "import { nope } from 'node:path';\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			rt, err := js.New(js.Options{Stdout: &out, Stderr: &errOut})
			if err != nil {
				t.Fatal(err)
			}
			rt.RunSource("/tmp/frames.mjs", tc.src)
			all := out.String() + errOut.String()
			if !strings.Contains(all, "Error") {
				t.Fatalf("no error printed:\n%s", all)
			}
			for _, bad := range []string{"<eval>", "(native)", "github.com/"} {
				if strings.Contains(all, bad) {
					t.Errorf("%q in the output:\n%s", bad, all)
				}
			}
		})
	}
}
