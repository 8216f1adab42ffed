package trace

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// textWriter renders --trace=text: one line per event in aligned columns
// (time, event, queue, item, what), a header for each phase, empty phases
// and empty microtask checkpoints folded away, where each queued item was
// created and where its callback is defined, and a line saying why the
// clock moved when it jumps. It keeps a little state (the phase not yet
// printed, the callbacks running), so it is fed events in order.
type textWriter struct {
	out     func(string)
	started bool
	opener  *Event  // a phase.enter or checkpoint.start not printed yet: empty ones fold away
	empties []Phase // phases entered and left with nothing in them, printed as one line
	emptyT  int64
	lastT   int64
	phase   Phase
	running []string          // labels of the callbacks on the stack, innermost last
	sites   map[uint64]string // item → "fn main.js:5, created at main.js:3"
}

// gapWorthSaying is the least clock step the text trace explains.
const gapWorthSaying = 1_000_000 // 1ms

const textHeader = "      time  event           queue    item  what"

// textWidth bounds a line, to fit a terminal: long text is clipped (the
// JSON trace has it all).
const textWidth = 110

func (w *textWriter) emit(ev Event) {
	if !w.started {
		w.started = true
		w.out(textHeader)
	}
	switch ev.Kind {
	case PhaseEnter, CheckpointStart:
		if w.opener != nil || ev.Kind == CheckpointStart {
			w.flushOpener()
		}
		e := ev
		w.opener = &e
		return
	case PhaseLeave, CheckpointEnd:
		if w.opener != nil && (w.opener.Kind == PhaseEnter) == (ev.Kind == PhaseLeave) && w.opener.Phase == ev.Phase {
			if ev.Kind == PhaseLeave && ev.Phase != PhaseMain && ev.Phase != PhaseExit {
				if len(w.empties) == 0 {
					w.emptyT = w.opener.T
				}
				w.empties = append(w.empties, ev.Phase)
			}
			w.opener = nil
			w.gap(ev)
			return
		}
		w.flushOpener()
		w.gap(ev)
		return // the end of a phase or checkpoint that had events: its header said enough
	}
	w.flushOpener()
	w.gap(ev)
	w.line(ev)
}

// close prints what is still held back.
func (w *textWriter) close() { w.flushOpener() }

func (w *textWriter) flushOpener() {
	if len(w.empties) > 0 {
		names := make([]string, len(w.empties))
		for i, p := range w.empties {
			names[i] = string(p)
		}
		w.out(fmt.Sprintf("%10s  · %s: nothing to run", FormatMillis(w.emptyT), strings.Join(names, ", ")))
		w.empties = w.empties[:0]
	}
	if w.opener == nil {
		return
	}
	e := *w.opener
	w.opener = nil
	w.gap(e)
	if e.Kind == PhaseEnter {
		w.phase = e.Phase
		title := "── " + string(e.Phase) + " "
		if e.Phase == PhaseMain {
			title = "── main script "
		}
		w.out(fmt.Sprintf("%10s  %s%s", FormatMillis(e.T), title, strings.Repeat("─", max(3, 40-utf8.RuneCountInString(title)))))
		return
	}
	w.out(fmt.Sprintf("%10s  %-15s %s", FormatMillis(e.T), "checkpoint", "microtasks: the nextTick queue, then promise jobs"))
}

// gap explains a clock step of a millisecond or more before ev: a
// callback still running was busy JavaScript; in poll the loop waited.
func (w *textWriter) gap(ev Event) {
	step := ev.T - w.lastT
	w.lastT = ev.T
	if step < gapWorthSaying || ev.Kind == Clock || ev.Kind == LoopStart {
		return
	}
	w.out(fmt.Sprintf("%10s  ⋯ +%s %s", "", FormatMillis(step), w.why(ev.Phase)))
}

func (w *textWriter) why(p Phase) string {
	switch {
	case len(w.running) > 0:
		return "busy: JavaScript ran (" + w.running[len(w.running)-1] + ")"
	case p == PhasePoll || w.phase == PhasePoll:
		return "waiting in poll for I/O or the next timer"
	}
	return "in evloop itself (start-up, compiling, the loop's bookkeeping)"
}

func (w *textWriter) line(ev Event) {
	t := FormatMillis(ev.T)
	row := func(queue, item, what string) {
		w.out(clip(strings.TrimRight(fmt.Sprintf("%10s  %-15s %-8s %-5s %s", t, ev.Kind, queue, item, what), " "), textWidth))
	}
	id := ""
	if ev.ID != 0 {
		id = "#" + strconv.FormatUint(ev.ID, 10)
	}
	switch ev.Kind {
	case Iteration:
		w.out(fmt.Sprintf("%10s  ══ iteration %d %s", t, ev.N, strings.Repeat("═", 26)))
	case PollTimeout:
		what := "block until I/O"
		if ev.N >= 0 {
			what = fmt.Sprintf("wait at most %dms", ev.N)
		}
		if ev.Why != "" {
			what += ": " + ev.Why
		}
		row("", "", what)
	case Clock:
		row("", "", "+"+FormatMillis(ev.N)+" "+w.clockWhy())
	case Console:
		stream := "stdout"
		if ev.FD == 2 {
			stream = "stderr"
		}
		row(stream, "", clip(strconv.Quote(strings.TrimSuffix(ev.Text, "\n")), 44)+atTop(ev.Stack))
	case Error, Note:
		row("", "", ev.Text)
	case LoopEnd:
		row("", "", fmt.Sprintf("exit code %d", ev.N))
	case LoopStart:
		row("", "", ev.Label+" clock")
	case ScriptStart, ScriptEnd:
		row("", "", baseName(ev.Label))
	case Enqueue:
		what := ev.Label
		if ev.Due != 0 || ev.Queue == QueueTimers {
			what += fmt.Sprintf(" due=%dms", ev.Due)
		}
		site := sites(ev)
		if w.sites == nil {
			w.sites = map[uint64]string{}
		}
		if site != "" {
			w.sites[ev.ID] = site
			what += " · " + site
		}
		row(string(ev.Queue), id, what)
	case CallbackStart:
		w.running = append(w.running, ev.Label)
		what := ev.Label
		if ev.Msg != 0 {
			what += fmt.Sprintf(" (message %d)", ev.Msg)
		}
		if s := w.sites[ev.ID]; s != "" {
			what += " · " + s
		}
		row(string(ev.Queue), id, what)
	case CallbackEnd:
		if n := len(w.running); n > 0 {
			w.running = w.running[:n-1]
		}
		if ev.Queue != QueueTimers { // an interval runs again from the same site
			delete(w.sites, ev.ID)
		}
		row(string(ev.Queue), id, ev.Label)
	case Cancel:
		delete(w.sites, ev.ID)
		row(string(ev.Queue), id, ev.Label)
	default:
		what := ev.Label
		if ev.Worker != 0 {
			what += fmt.Sprintf(" worker=%d", ev.Worker)
		}
		if ev.Kind == Send {
			what += fmt.Sprintf(" (message %d)", ev.Msg)
		}
		if ev.Kind != Register {
			what += atTop(ev.Stack)
		}
		row(string(ev.Queue), id, what)
	}
}

// clockWhy says why a clock event moved the clock: the virtual clock jumps
// to the next timer when poll would wait; inside a callback the program's
// own time passed.
func (w *textWriter) clockWhy() string {
	if len(w.running) > 0 {
		return "busy: JavaScript ran (" + w.running[len(w.running)-1] + ")"
	}
	if w.phase == PhasePoll {
		return "waited in poll (the virtual clock jumps to the timer)"
	}
	return "the clock moved"
}

// sites renders where an enqueued item comes from: "fn main.js:5, created
// at main.js:3", or one of them, or "at main.js:3" when both are one line.
//
// A label that already ends with the creation site ("setTimeout f at
// main.js:3", as evloop's own labels do) is not told it again.
func sites(ev Event) string {
	created := ""
	if len(ev.Stack) > 0 {
		created = ev.Stack[0][strings.LastIndexByte(ev.Stack[0], ' ')+1:]
	}
	if created != "" && strings.HasSuffix(ev.Label, " at "+created) {
		if ev.Src == created {
			return ""
		}
		created = ""
	}
	switch {
	case created == "" && ev.Src == "":
		return ""
	case created == ev.Src:
		return "at " + created
	case created == "":
		return "fn " + ev.Src
	case ev.Src == "":
		return "created at " + created
	}
	return "fn " + ev.Src + ", created at " + created
}

// atTop is " at main.js:3" for the innermost frame of a stack.
func atTop(stack []string) string {
	if len(stack) == 0 {
		return ""
	}
	return " at " + stack[0][strings.LastIndexByte(stack[0], ' ')+1:]
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func baseName(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}
