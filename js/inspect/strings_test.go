package inspect

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"testing"
)

// TestStringWidth compares column widths with node's getStringWidth, which
// decides how arrays of such strings are grouped into columns.
func TestStringWidth(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	samples := []string{
		"abc", "\u00e9", "e\u0301", "\u4e2d\u6587", "\uff71", "\ud55c\uad6d", "\u2605", "\u2192", "\u03a9",
		"\U0001F680", "\u2705", "\u26a1", "\u2614", "\U0001F600", "\U0001F916", "\U0001F980", "\u3042",
		"\u200b", "\ufe0f", "\U0001F44D", "\u231a", "\u2b50", "\U0001F004", "\U0001FA90", "x\u0300y",
	}
	in, _ := json.Marshal(samples)
	cmd := exec.Command(node, "--expose-internals", "-e",
		`const {getStringWidth} = require('internal/util/inspect');
		 const s = JSON.parse(require('fs').readFileSync(0, 'utf8'));
		 process.stdout.write(JSON.stringify(s.map((x) => getStringWidth(x))))`)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("node has no internal getStringWidth: %v", err)
	}
	var want []int
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, s := range samples {
		t.Run(fmt.Sprintf("%+q", s), func(t *testing.T) {
			if got := stringWidth(s, false); got != want[i] {
				t.Errorf("stringWidth = %d, node says %d", got, want[i])
			}
		})
	}
}
