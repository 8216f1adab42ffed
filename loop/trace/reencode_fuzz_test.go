package trace

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTraceDecode feeds the trace decoder — the Reencoder that turns the
// wasm guest's JSON-lines trace into --trace-format text, chrome or
// summary — arbitrary bytes, in arbitrary write sizes: half-lines,
// invalid JSON, unknown event kinds, huge or negative times, ids and
// loop numbers, odd stacks. It must not panic; each output must be
// text (valid UTF-8), and Chrome's a JSON document; and the JSON format
// must round-trip the lines that decode.
func FuzzTraceDecode(f *testing.F) {
	f.Add([]byte(`{"seq":1,"t":0,"ev":"phase.enter","phase":"main"}`+"\n"+
		`{"seq":2,"t":5,"ev":"enqueue","q":"timers","id":2,"label":"setTimeout","due":1,"src":"main.js:1","stack":["a (main.js:1:2)"]}`+"\n"+
		`{"seq":3,"t":9,"ev":"callback.start","q":"timers","id":2,"loop":1,"msg":4}`+"\n"+
		`{"seq":4,"t":10,"ev":"loop.end","n":4}`+"\n"), uint8(7))
	f.Add([]byte(`{"seq":1,"t":-9223372036854775808,"ev":"clock","n":9223372036854775807,"loop":-5,"worker":-1}`+"\n{\"ev\":\n"), uint8(1))
	f.Add([]byte(`{"ev":"console","fd":2,"text":"\ud800 \u001b[31m"}`+"\n"+`{"ev":"poll.timeout","why":"","n":-1}`+"\n"+`[1,2]`+"\nnull\n"), uint8(3))
	f.Add([]byte(`{"ev":"callback.end","phase":"poll","stack":[]}`+"\n"+`{"ev":"send","loop":1000000000,"msg":18446744073709551615}`+"\n"), uint8(0))
	f.Fuzz(func(t *testing.T, in []byte, chunk uint8) {
		if len(in) > 1<<16 {
			return
		}
		step := int(chunk)%64 + 1
		for _, format := range Formats {
			var out bytes.Buffer
			re := NewReencoder(NewEncoder(&out, format))
			for i := 0; i < len(in); i += step {
				re.Write(in[i:min(i+step, len(in))])
			}
			re.Close()
			if !utf8.Valid(out.Bytes()) {
				t.Fatalf("%s: output is not UTF-8: %q", format, out.String())
			}
			switch format {
			case Chrome:
				if !json.Valid(out.Bytes()) {
					t.Fatalf("chrome: not a JSON document:\n%s", out.String())
				}
			case JSON:
				// Every line written decodes back to the same event.
				for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
					if line == "" {
						continue
					}
					var ev Event
					if err := json.Unmarshal([]byte(line), &ev); err != nil {
						t.Fatalf("json: wrote a line that does not decode: %q: %v", line, err)
					}
				}
			}
		}
	})
}
