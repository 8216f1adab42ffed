package trace

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Format names an encoding of the trace.
type Format string

// The encodings.
const (
	Text    Format = "text"    // one line per event, for people
	JSON    Format = "json"    // JSON lines, one object per event, for programs and the page
	Chrome  Format = "chrome"  // Chrome trace-event JSON, for Perfetto and chrome://tracing
	Summary Format = "summary" // counts and times per phase and per queue, written at Close
)

// Formats are the encodings, in the order the CLI lists them.
var Formats = []Format{Text, JSON, Chrome, Summary}

// ParseFormat accepts "text", "json", "chrome" or "summary".
func ParseFormat(s string) (Format, error) {
	switch Format(s) {
	case Text, JSON, Chrome, Summary:
		return Format(s), nil
	}
	return "", fmt.Errorf("unknown trace format %q (want text, json, chrome or summary)", s)
}

// Encoder writes events in one Format. Call Close once at the end: the
// Chrome format needs its closing bracket.
type Encoder struct {
	w      *bufio.Writer
	format Format
	n      int
	err    error
	text   *textWriter
	sum    *summary
	named  map[int]bool // Chrome tracks given a thread_name
	buf    []byte       // JSON: the line being encoded
}

// FirstChildLoop is the loop id of a program's first simulated child
// process (its pid; the next ones count up): loop ids below it are worker
// threads (their threadId), 0 the main thread.
const FirstChildLoop = 1001

// LoopName names loop id in a trace: "main", "worker N", "child pid N".
func LoopName(id int) string {
	switch {
	case id == 0:
		return "main"
	case id >= FirstChildLoop:
		return fmt.Sprintf("child pid %d", id)
	}
	return fmt.Sprintf("worker %d", id)
}

// NewEncoder returns an Encoder writing f to w.
func NewEncoder(w io.Writer, f Format) *Encoder {
	e := &Encoder{w: bufio.NewWriter(w), format: f}
	switch f {
	case Chrome:
		e.w.WriteString(`{"displayTimeUnit":"ms","traceEvents":[` + "\n")
	case Summary:
		e.sum = newSummary()
	case JSON:
	default:
		e.text = &textWriter{out: func(s string) { e.w.WriteString(s); e.w.WriteByte('\n') }}
	}
	return e
}

// Emit encodes one event.
func (e *Encoder) Emit(ev Event) {
	if e.err != nil {
		return
	}
	switch e.format {
	case JSON:
		e.buf = append(appendJSON(e.buf[:0], &ev), '\n')
		e.w.Write(e.buf)
	case Chrome:
		e.chrome(ev)
	case Summary:
		e.sum.emit(ev)
	default:
		e.text.emit(ev)
	}
	e.n++
}

// Flush writes buffered events out (the wasm module does before a host reads
// the trace).
func (e *Encoder) Flush() {
	if err := e.w.Flush(); err != nil && e.err == nil {
		e.err = err
	}
}

// Close flushes the output and reports the first write error.
func (e *Encoder) Close() error {
	switch {
	case e.format == Chrome:
		e.w.WriteString("\n]}\n")
	case e.sum != nil:
		e.sum.write(e.w)
	case e.text != nil:
		e.text.close()
	}
	if err := e.w.Flush(); err != nil && e.err == nil {
		e.err = err
	}
	return e.err
}

// TextLine renders one event on its own, without the context the text
// trace adds (headers, creation sites, why the clock moved):
//
//	1.000ms  enqueue          timers    #3 setTimeout timeout due=1ms
func TextLine(ev Event) string {
	var b strings.Builder
	if ev.Loop != 0 {
		// Another loop's event (a worker thread's, a simulated child's): say whose.
		fmt.Fprintf(&b, "[%s] ", LoopName(ev.Loop))
	}
	fmt.Fprintf(&b, "%10s  %-16s", FormatMillis(ev.T), ev.Kind)
	switch ev.Kind {
	case PhaseEnter, PhaseLeave:
		b.WriteString(string(ev.Phase))
	case Iteration:
		fmt.Fprintf(&b, "%d", ev.N)
	case PollTimeout:
		if ev.N < 0 {
			b.WriteString("block until I/O")
		} else {
			fmt.Fprintf(&b, "%dms", ev.N)
		}
		if ev.Why != "" {
			b.WriteString(" (" + ev.Why + ")")
		}
	case Clock:
		fmt.Fprintf(&b, "+%s", FormatMillis(ev.N))
	case Console:
		stream := "stdout"
		if ev.FD == 2 {
			stream = "stderr"
		}
		fmt.Fprintf(&b, "%-9s %s", stream, strconv.Quote(strings.TrimSuffix(ev.Text, "\n")))
		if len(ev.Stack) > 0 {
			b.WriteString(" stack=[" + strings.Join(ev.Stack, " < ") + "]")
		}
	case Error, Note:
		b.WriteString(ev.Text)
	case LoopEnd:
		fmt.Fprintf(&b, "exit code %d", ev.N)
	default:
		if ev.Queue != "" {
			fmt.Fprintf(&b, "%-9s ", ev.Queue)
		}
		if ev.ID != 0 {
			fmt.Fprintf(&b, "#%d ", ev.ID)
		}
		b.WriteString(ev.Label)
		if ev.Due != 0 || (ev.Kind == Enqueue && ev.Queue == QueueTimers) {
			fmt.Fprintf(&b, " due=%dms", ev.Due)
		}
		if ev.Worker != 0 {
			fmt.Fprintf(&b, " worker=%d", ev.Worker)
		}
		if ev.Msg != 0 {
			fmt.Fprintf(&b, " msg=%d", ev.Msg)
		}
		if len(ev.Stack) > 0 {
			b.WriteString(" stack=[" + strings.Join(ev.Stack, " < ") + "]")
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// FormatMillis renders nanoseconds as milliseconds with three decimals.
func FormatMillis(ns int64) string {
	sign := ""
	if ns < 0 {
		sign, ns = "-", -ns
	}
	return fmt.Sprintf("%s%d.%03dms", sign, ns/1e6, ns%1e6/1e3)
}

// chrome writes one trace-event object. Phases and callbacks become
// duration events on the loop thread (tid 1); pool work goes on one track per
// worker (tid 100+worker); everything else is an instant event. A worker
// thread's loop N gets its own tracks, 1000·N above those.
func (e *Encoder) chrome(ev Event) {
	type obj struct {
		Name string         `json:"name"`
		Cat  string         `json:"cat,omitempty"`
		Ph   string         `json:"ph"`
		Ts   float64        `json:"ts"`
		Pid  int            `json:"pid"`
		Tid  int            `json:"tid"`
		S    string         `json:"s,omitempty"`
		Args map[string]any `json:"args,omitempty"`
	}
	o := obj{Pid: 1, Tid: 1, Ts: float64(ev.T) / 1e3}
	switch ev.Kind {
	case PhaseEnter, PhaseLeave:
		o.Name, o.Cat, o.Ph = string(ev.Phase), "phase", "B"
		if ev.Kind == PhaseLeave {
			o.Ph = "E"
		}
	case CallbackStart, CallbackEnd:
		o.Name, o.Cat, o.Ph = string(ev.Queue)+": "+ev.Label, "callback", "B"
		if ev.Kind == CallbackEnd {
			o.Ph = "E"
		}
	case PoolStart, PoolDone:
		o.Name, o.Cat, o.Ph, o.Tid = ev.Label, "pool", "B", 100+ev.Worker
		if ev.Kind == PoolDone {
			o.Ph = "E"
		}
	default:
		o.Name, o.Cat, o.Ph, o.S = string(ev.Kind), "loop", "i", "t"
		o.Args = map[string]any{}
		if ev.Queue != "" {
			o.Args["queue"] = ev.Queue
		}
		if ev.ID != 0 {
			o.Args["id"] = ev.ID
		}
		if ev.Label != "" {
			o.Args["label"] = ev.Label
		}
		if ev.Text != "" {
			o.Args["text"] = ev.Text
		}
		if ev.Kind == PollTimeout || ev.Kind == Iteration || ev.Kind == LoopEnd {
			o.Args["n"] = ev.N
		}
	}
	o.Tid += 1000 * ev.Loop
	if !e.named[o.Tid] {
		// Perfetto and chrome://tracing show a track by its thread name.
		if e.named == nil {
			e.named = map[int]bool{}
		}
		e.named[o.Tid] = true
		name := LoopName(ev.Loop)
		if k := o.Tid % 1000; k >= 100 {
			name += ": pool thread " + fmt.Sprint(k-100)
		}
		m := obj{Name: "thread_name", Ph: "M", Pid: 1, Tid: o.Tid, Args: map[string]any{"name": name}}
		if b, err := json.Marshal(m); err == nil {
			if e.n > 0 {
				e.w.WriteString(",\n")
			}
			e.w.Write(b)
			e.n++
		}
	}
	b, err := json.Marshal(o)
	if err != nil {
		e.err = err
		return
	}
	if e.n > 0 {
		e.w.WriteString(",\n")
	}
	e.w.Write(b)
}
