package js

import (
	"regexp"
	"testing"
)

// TestFrameNumbers checks the hand-written frameNumbers against the regexp
// it replaced, on goja's and V8's frame lines.
func TestFrameNumbers(t *testing.T) {
	re := regexp.MustCompile(`:(\d+):(\d+)(?:\(\d+\))?\)?$`)
	re2 := regexp.MustCompile(`(:\d+:\d+)\(\d+\)`)
	for _, l := range []string{"\tat f (file:1:22(3))", "\tat file:1:2(33)", "    at f (/a/b.js:10:5)", "    at /a/b.js:10:5", "\tat reduce (native)", "at x (file:///a.mjs:3:4)", "\tat enter (<eval>:1:30(7))", "foo:1", "at f (a:b:1:2)", "at 12:3"} {
		got, want := frameNumbers(l), re.FindStringSubmatchIndex(l)
		if len(got) != len(want) {
			t.Errorf("%q: %v want %v", l, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: %v want %v", l, got, want)
				break
			}
		}
		if got := withoutBytecodeOffset(l); got != re2.ReplaceAllString(l, "$1") {
			t.Errorf("%q without its offset: %q", l, got)
		}
	}
}
