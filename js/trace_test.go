package js_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// traceCase runs a conformance case on the virtual clock and returns its events.
func traceCase(t *testing.T, c confCase) []trace.Event {
	t.Helper()
	rec := &trace.Recorder{}
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{c.file}, Cwd: filepath.Dir(c.file),
		Clock: loop.NewVirtualClock(0), Trace: rec, MaxTicks: 5_000_000, MaxMicrotasks: 5_000_000, Modules: extModules()})
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(c.file)
	if err != nil {
		t.Fatal(err)
	}
	rt.RunSource(c.file, string(src))
	return rec.Events
}

// TestTrace_rebuildsQueues checks, over the whole corpus, that a reader of
// the trace alone can rebuild every queue: each dequeue or cancel names an
// item that an enqueue (or, for promise jobs, a register) put in that queue,
// callbacks and phases nest, sequence numbers and times never go back, and
// the console events carry exactly the program's stdout.
func TestTrace_rebuildsQueues(t *testing.T) {
	for _, c := range loadCases(t) {
		if filepath.Dir(c.name) == "io" || filepath.Dir(c.name) == "net" {
			continue // needs a Host; covered by the I/O tests
		}
		t.Run(c.name, func(t *testing.T) {
			evs := traceCase(t, c)
			if err := checkTrace(evs); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func checkTrace(evs []trace.Event) error {
	type key struct {
		q  trace.Queue
		id uint64
	}
	queued := map[key]bool{}
	var stack []uint64
	var phases []trace.Phase
	var lastSeq uint64
	var lastT int64
	for _, e := range evs {
		if e.Seq <= lastSeq {
			return fmt.Errorf("seq %d after %d", e.Seq, lastSeq)
		}
		if e.T < lastT {
			return fmt.Errorf("seq %d: time went back from %d to %d", e.Seq, lastT, e.T)
		}
		lastSeq, lastT = e.Seq, e.T
		switch e.Kind {
		case trace.Enqueue, trace.Register:
			queued[key{e.Queue, e.ID}] = true
		case trace.Dequeue, trace.Cancel:
			k := key{e.Queue, e.ID}
			if !queued[k] {
				return fmt.Errorf("seq %d: %s of %s #%d, which is not in that queue", e.Seq, e.Kind, e.Queue, e.ID)
			}
			delete(queued, k)
		case trace.CallbackStart:
			stack = append(stack, e.ID)
		case trace.CallbackEnd:
			if len(stack) == 0 || stack[len(stack)-1] != e.ID {
				return fmt.Errorf("seq %d: callback.end #%d does not close the innermost callback %v", e.Seq, e.ID, stack)
			}
			stack = stack[:len(stack)-1]
		case trace.PhaseEnter:
			phases = append(phases, e.Phase)
		case trace.PhaseLeave:
			if len(phases) == 0 || phases[len(phases)-1] != e.Phase {
				return fmt.Errorf("seq %d: phase.leave %s does not close %v", e.Seq, e.Phase, phases)
			}
			phases = phases[:len(phases)-1]
		}
	}
	return nil
}

// TestTrace_virtualIsDeterministic: the same script gives a byte-identical
// trace every time on the virtual clock.
func TestTrace_virtualIsDeterministic(t *testing.T) {
	for _, c := range loadCases(t) {
		if filepath.Dir(c.name) != "ordering" && filepath.Dir(c.name) != "seeds" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			a, b := traceCase(t, c), traceCase(t, c)
			if len(a) != len(b) {
				t.Fatalf("%d events, then %d", len(a), len(b))
			}
			for i := range a {
				if trace.TextLine(a[i]) != trace.TextLine(b[i]) {
					t.Fatalf("event %d differs:\n%s\n%s", i, trace.TextLine(a[i]), trace.TextLine(b[i]))
				}
			}
		})
	}
}

// Each enqueue from JS says where it was created (its stack) and where its
// callback is defined (Src), two equal arrow functions told apart by line.
func TestTrace_enqueueSites(t *testing.T) {
	src := `function later() {
  console.log('later');
}
setTimeout(later, 1);
setImmediate(() => {});
process.nextTick(() => {});
setImmediate(() => {});
setInterval(Math.max, 1).unref();
`
	rec := &trace.Recorder{}
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Clock: loop.NewVirtualClock(0), Trace: rec})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunSource("/x/main.js", src); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var got []string
	for _, e := range rec.Events {
		if e.Kind == trace.Enqueue && e.Queue != trace.QueueMain {
			created := ""
			if len(e.Stack) > 0 {
				created = e.Stack[0]
			}
			got = append(got, fmt.Sprintf("%s %s src=%s created=%s", e.Queue, e.Label, e.Src, created))
		}
	}
	want := []string{
		"timers setTimeout later at main.js:4 src=main.js:1 created=<anonymous> main.js:4",
		"check setImmediate (anonymous) at main.js:5 src=main.js:5 created=<anonymous> main.js:5",
		"nextTick nextTick (anonymous) at main.js:6 src=main.js:6 created=<anonymous> main.js:6",
		"check setImmediate (anonymous) at main.js:7 src=main.js:7 created=<anonymous> main.js:7",
		"timers setInterval max at main.js:8 src= created=<anonymous> main.js:8",
		"timers setInterval max at main.js:8 src= created=", // re-armed by the loop, not by JS
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("enqueues:\n%s\nwant:\n%s", fmt.Sprint(got), fmt.Sprint(want))
	}
}

// TestTrace_noGoNamesInLabels: an ES module's own promise jobs (the
// loader's, evloop's frames) are labelled in the reader's words, never with
// a Go function's name or a frame of no file ("apply at :1").
func TestTrace_noGoNamesInLabels(t *testing.T) {
	rec := &trace.Recorder{}
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Clock: loop.NewVirtualClock(0), Trace: rec, Modules: extModules()})
	if err != nil {
		t.Fatal(err)
	}
	src := "import fs from 'node:fs';\nawait Promise.resolve(1);\nconsole.log(typeof fs.readFile);\n"
	if code := rt.RunSource("/x/m.mjs", src); code != 0 || stdout.String() != "function\n" {
		t.Fatalf("exit %d, stdout %q: %s", code, stdout.String(), stderr.String())
	}
	for _, e := range rec.Events {
		if strings.Contains(e.Label, "github.com/") || strings.Contains(e.Label, " at :") {
			t.Errorf("%s event labelled %q", e.Kind, e.Label)
		}
	}
}

// TestTrace_exitAfterUncaught: node emits process 'exit' for an uncaught
// exception only after the exception has unwound the callback that threw,
// so the trace ends that callback (callback.end) before the exit phase
// begins, and runs no checkpoint after it; stdout, stderr and the exit code
// stay node's. process.exit() inside a callback is different: there the
// listeners do run on the callback's stack.
func TestTrace_exitAfterUncaught(t *testing.T) {
	cases := []struct {
		name, src string
		inside    bool // the exit phase runs inside the callback
	}{
		{"timer", "setTimeout(() => { throw new Error('x'); }, 50);", false},
		{"immediate", "setImmediate(function later() { null.x; });", false},
		{"nextTick", "process.nextTick(() => { throw new Error('t'); });", false},
		{"main", "throw new Error('m');", false},
		{"nested", "setTimeout(() => { [1].forEach(() => { throw new Error('deep'); }); }, 5);", false},
		{"process.exit", "setTimeout(() => { process.exit(1); }, 5);", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := &trace.Recorder{}
			var stdout, stderr bytes.Buffer
			rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Clock: loop.NewVirtualClock(0), Trace: rec})
			if err != nil {
				t.Fatal(err)
			}
			src := "process.on('exit', (c) => console.log('exit', c));\n" + c.src + "\n"
			if code := rt.RunSource("/x/main.js", src); code != 1 {
				t.Fatalf("exit code %d, want 1", code)
			}
			if stdout.String() != "exit 1\n" {
				t.Fatalf("stdout %q", stdout.String())
			}
			if err := checkTrace(rec.Events); err != nil {
				t.Fatal(err)
			}
			depth, exitAt, exitDepth, errAt := 0, -1, -1, -1
			for i, e := range rec.Events {
				switch e.Kind {
				case trace.Error:
					errAt = i
				case trace.CallbackStart:
					depth++
				case trace.CallbackEnd:
					depth--
				case trace.PhaseEnter:
					if e.Phase == trace.PhaseExit {
						exitAt, exitDepth = i, depth
					}
				case trace.CheckpointStart:
					if exitAt >= 0 || errAt >= 0 {
						t.Errorf("seq %d: a checkpoint after the process ended", e.Seq)
					}
				}
			}
			if exitAt < 0 {
				t.Fatal("no exit phase")
			}
			if c.inside {
				if exitDepth != 1 {
					t.Errorf("process.exit's 'exit' ran at callback depth %d, want 1 (inside the callback)", exitDepth)
				}
				return
			}
			if errAt < 0 || errAt > exitAt {
				t.Fatalf("error event at %d, exit phase at %d", errAt, exitAt)
			}
			if exitDepth != 0 {
				var lines []string
				for _, e := range rec.Events[errAt:] {
					lines = append(lines, trace.TextLine(e))
				}
				t.Errorf("the exit phase begins with %d callback(s) still on the stack:\n%s", exitDepth, strings.Join(lines, "\n"))
			}
		})
	}
}
