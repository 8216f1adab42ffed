package trace

import (
	"fmt"
	"io"
	"strings"
)

// summary counts what --trace=summary prints at the end: per phase how
// often it was entered, the callbacks it ran and the time spent in it; per
// queue what joined, ran and was cancelled and the time its callbacks took.
// The numbers a reader wants first, before a line-by-line trace.
type summary struct {
	phases     map[Phase]*phaseCount
	phaseOrder []Phase
	queues     map[Queue]*queueCount
	queueOrder []Queue
	entered    map[Phase]int64 // phase → when it was entered
	phaseNow   Phase
	running    []Event // callback.start events not yet ended
	iterations int64
	exitCode   int64
	lastT      int64
	console    int
	errors     int
}

type phaseCount struct {
	entered, callbacks int
	time               int64
}

type queueCount struct {
	enqueued, ran, cancelled int
	time                     int64
}

func newSummary() *summary {
	return &summary{phases: map[Phase]*phaseCount{}, queues: map[Queue]*queueCount{}, entered: map[Phase]int64{}}
}

func (s *summary) phase(p Phase) *phaseCount {
	c, ok := s.phases[p]
	if !ok {
		c = &phaseCount{}
		s.phases[p] = c
		s.phaseOrder = append(s.phaseOrder, p)
	}
	return c
}

func (s *summary) queue(q Queue) *queueCount {
	c, ok := s.queues[q]
	if !ok {
		c = &queueCount{}
		s.queues[q] = c
		s.queueOrder = append(s.queueOrder, q)
	}
	return c
}

func (s *summary) emit(ev Event) {
	s.lastT = ev.T
	switch ev.Kind {
	case PhaseEnter:
		s.phase(ev.Phase).entered++
		s.entered[ev.Phase] = ev.T
		s.phaseNow = ev.Phase
	case PhaseLeave:
		if t, ok := s.entered[ev.Phase]; ok {
			s.phase(ev.Phase).time += ev.T - t
			delete(s.entered, ev.Phase)
		}
	case Iteration:
		s.iterations = ev.N
	case Enqueue:
		s.queue(ev.Queue).enqueued++
	case Cancel:
		s.queue(ev.Queue).cancelled++
	case CallbackStart:
		s.queue(ev.Queue).ran++
		if ev.Phase != "" {
			s.phase(ev.Phase).callbacks++
		}
		s.running = append(s.running, ev)
	case CallbackEnd:
		if n := len(s.running); n > 0 {
			start := s.running[n-1]
			s.running = s.running[:n-1]
			if n == 1 { // nested callbacks' time is their caller's already
				s.queue(start.Queue).time += ev.T - start.T
			}
		}
	case Console:
		s.console++
	case Error:
		s.errors++
	case LoopEnd:
		s.exitCode = ev.N
	}
}

func (s *summary) write(w io.Writer) {
	fmt.Fprintf(w, "evloop trace summary: %d loop iterations, %s on the loop clock, exit code %d, %d console writes",
		s.iterations, FormatMillis(s.lastT), s.exitCode, s.console)
	if s.errors > 0 {
		fmt.Fprintf(w, ", %d errors", s.errors)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "\n%-10s %8s %10s %12s\n", "phase", "entered", "callbacks", "time")
	for _, p := range s.phaseOrder {
		c := s.phases[p]
		fmt.Fprintf(w, "%-10s %8d %10d %12s\n", p, c.entered, c.callbacks, FormatMillis(c.time))
	}
	fmt.Fprintf(w, "\n%-10s %8s %6s %10s %14s\n", "queue", "enqueued", "ran", "cancelled", "callback time")
	for _, q := range s.queueOrder {
		c := s.queues[q]
		fmt.Fprintf(w, "%-10s %8d %6d %10d %14s\n", q, c.enqueued, c.ran, c.cancelled, FormatMillis(c.time))
	}
	fmt.Fprintln(w, strings.TrimSpace(`
(promise: then/await reactions are counted when they run; stock goja reports no
enqueue for them, see site/docs/trace.md)`))
}
