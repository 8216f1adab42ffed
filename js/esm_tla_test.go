package js_test

import (
	"bytes"
	"testing"

	"github.com/evloop/evloop/js"
)

// TestUnsettledTopLevelAwait: a main module whose top-level await never
// settles exits with code 13 and, as node 20 (unlike 22), prints nothing
// on stderr; an 'exit' listener is told 0 (as node 20.20.2 tells it).
func TestUnsettledTopLevelAwait(t *testing.T) {
	var out, errOut bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource("/tmp/unsettled.mjs", "process.on('exit', (c) => console.log('exit', c));\nconsole.log('before');\nawait new Promise(() => {});\nconsole.log('after');\n")
	if code != 13 {
		t.Errorf("exit code %d, want 13", code)
	}
	if got, want := out.String(), "before\nexit 0\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr %q, want nothing", errOut.String())
	}
}
