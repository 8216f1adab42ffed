package trace

import (
	"encoding/json"
	"math/rand"
	"testing"
)

// TestAppendJSON: the trace's JSON lines are json.Marshal's, byte for
// byte, for events with every field empty or set and strings of every
// kind of character (escapes, HTML's, invalid UTF-8, U+2028).
func TestAppendJSON(t *testing.T) {
	strs := []string{"", "a", `q"b\s`, "<a>&", "\x00\x01\x1f\x7f", "\b\f\n\r\t", "é日本🙂", "\u2028\u2029", "\xff\xfe bad", "a\xe2\x80", "line 99999\n"}
	rng := rand.New(rand.NewSource(1))
	pick := func() string {
		if rng.Intn(3) == 0 {
			return strs[rng.Intn(len(strs))] + strs[rng.Intn(len(strs))]
		}
		return strs[rng.Intn(len(strs))]
	}
	num := func() int64 {
		switch rng.Intn(4) {
		case 0:
			return 0
		case 1:
			return -rng.Int63n(1000)
		}
		return rng.Int63()
	}
	for k := 0; k < 20000; k++ {
		ev := Event{Seq: uint64(num()), T: num(), Kind: Kind(pick()), Phase: Phase(pick()), Queue: Queue(pick()), ID: uint64(num()),
			Label: pick(), Due: num(), N: num(), Why: pick(), Text: pick(), FD: int(num() % 3), Worker: int(num() % 5),
			Loop: int(num() % 1002), Src: pick(), Msg: uint64(num())}
		for n := rng.Intn(4); n > 0; n-- {
			ev.Stack = append(ev.Stack, pick())
		}
		if rng.Intn(5) == 0 {
			ev = Event{Seq: ev.Seq} // every omitempty field left out
		}
		want, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSON(nil, &ev); string(got) != string(want) {
			t.Fatalf("event %+v:\n got %s\nwant %s", ev, got, want)
		}
	}
}
