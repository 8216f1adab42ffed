package trace_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/evloop/evloop/loop/trace"
)

// ExampleShared: two loops write one JSON trace; the worker's events say
// which loop they come from, the main loop's stay as they always were.
func ExampleShared() {
	var out bytes.Buffer
	enc := trace.NewEncoder(&out, trace.JSON)
	shared := trace.NewShared(enc)
	shared.For(0).Emit(trace.Event{Seq: 1, Kind: trace.LoopStart})
	shared.For(1).Emit(trace.Event{Seq: 1, Kind: trace.LoopStart})
	enc.Close()
	fmt.Print(out.String())
	// Output:
	// {"seq":1,"t":0,"ev":"loop.start"}
	// {"seq":1,"t":0,"ev":"loop.start","loop":1}
}

// TestSharedConcurrent: loops on several goroutines never interleave
// inside one event, and every event arrives with its loop (run with -race).
func TestSharedConcurrent(t *testing.T) {
	rec := &trace.Recorder{}
	shared := trace.NewShared(rec)
	var wg sync.WaitGroup
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := shared.For(id)
			for i := 0; i < 100; i++ {
				s.Emit(trace.Event{Kind: trace.Note, Text: fmt.Sprint(id)})
			}
		}()
	}
	wg.Wait()
	if len(rec.Events) != 400 {
		t.Fatalf("%d events, want 400", len(rec.Events))
	}
	for _, e := range rec.Events {
		if fmt.Sprint(e.Loop) != e.Text {
			t.Fatalf("event from loop %s stamped %d", e.Text, e.Loop)
		}
	}
}

// TestTextLineWorker: a worker's text line names it.
func TestTextLineWorker(t *testing.T) {
	cases := []struct {
		loop int
		want string
	}{{0, "0.000ms  loop.start"}, {2, "[worker 2]    0.000ms  loop.start"}}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.loop), func(t *testing.T) {
			got := strings.TrimSpace(trace.TextLine(trace.Event{Kind: trace.LoopStart, Loop: c.loop}))
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestChromeTrackNames: each loop's tracks carry a thread_name (main, a
// worker, a simulated child, a pool thread) once, before their first event.
func TestChromeTrackNames(t *testing.T) {
	var buf bytes.Buffer
	enc := trace.NewEncoder(&buf, trace.Chrome)
	s := trace.NewShared(enc)
	s.For(0).Emit(trace.Event{Kind: trace.LoopStart})
	s.For(2).Emit(trace.Event{Kind: trace.LoopStart})
	s.For(2).Emit(trace.Event{Kind: trace.PoolStart, Worker: 1, Label: "fs.readFile"})
	s.For(trace.FirstChildLoop).Emit(trace.Event{Kind: trace.LoopStart})
	s.For(0).Emit(trace.Event{Kind: trace.LoopEnd})
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"tid":1,"args":{"name":"main"}`, `"tid":2001,"args":{"name":"worker 2"}`,
		`"tid":2101,"args":{"name":"worker 2: pool thread 1"}`, `"tid":1001001,"args":{"name":"child pid 1001"}`} {
		if strings.Count(out, want) != 1 {
			t.Errorf("want one %s in:\n%s", want, out)
		}
	}
}
