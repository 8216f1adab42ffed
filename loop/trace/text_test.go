package trace

import (
	"strings"
	"testing"
)

func render(t *testing.T, f Format, evs []Event) string {
	t.Helper()
	var b strings.Builder
	e := NewEncoder(&b, f)
	for _, ev := range evs {
		e.Emit(ev)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const ms = int64(1_000_000)

// The text trace explains: where an item was created and where its
// callback is, why the clock moved; and it folds away what is empty.
func TestText(t *testing.T) {
	main := []Event{
		{Kind: PhaseEnter, Phase: PhaseMain},
		{Kind: CallbackStart, Queue: QueueMain, ID: 1, Label: "main script main.js"},
		{Kind: Enqueue, Queue: QueueTimers, ID: 2, Label: "setTimeout f", Due: 5, Stack: []string{"(anonymous) main.js:3"}, Src: "main.js:1"},
		{Kind: Enqueue, Queue: QueueCheck, ID: 3, Label: "setImmediate g", Stack: []string{"(anonymous) main.js:4"}, Src: "main.js:4"},
		{Kind: CallbackEnd, Queue: QueueMain, ID: 1, Label: "main script main.js"},
		{Kind: CheckpointStart},
		{Kind: CheckpointEnd},
		{Kind: PhaseLeave, Phase: PhaseMain},
	}
	tests := []struct {
		name       string
		events     []Event
		want, lack []string
	}{
		{name: "columns and sites", events: main, want: []string{
			"      time  event           queue    item  what\n",
			"   0.000ms  ── main script ───",
			"   0.000ms  enqueue         timers   #2    setTimeout f due=5ms · fn main.js:1, created at main.js:3\n",
			"   0.000ms  enqueue         check    #3    setImmediate g · at main.js:4\n",
		}, lack: []string{"checkpoint"}},
		{name: "empty phases fold into one line", events: []Event{
			{Kind: Iteration, N: 1},
			{Kind: PhaseEnter, Phase: PhasePending}, {Kind: PhaseLeave, Phase: PhasePending},
			{Kind: PhaseEnter, Phase: PhaseIdle}, {Kind: PhaseLeave, Phase: PhaseIdle},
			{Kind: PhaseEnter, Phase: PhasePoll},
			{Kind: PollTimeout, N: 5, Why: "the nearest timer is due at 5ms"},
		}, want: []string{"══ iteration 1 ═", "· pending, idle: nothing to run\n", "── poll ──", "poll.timeout                   wait at most 5ms: the nearest timer is due at 5ms\n"},
			lack: []string{"phase.enter", "phase.leave"}},
		{name: "a callback's line names where it is defined", events: append(main,
			Event{T: 5 * ms, Kind: Dequeue, Queue: QueueTimers, ID: 2, Label: "setTimeout f", Phase: PhaseTimers},
			Event{T: 5 * ms, Kind: CallbackStart, Queue: QueueTimers, ID: 2, Label: "setTimeout f", Phase: PhaseTimers}),
			want: []string{"callback.start  timers   #2    setTimeout f · fn main.js:1, created at main.js:3\n"}},
		{name: "the clock jumps while poll waits", events: []Event{
			{Kind: PhaseEnter, Phase: PhasePoll}, {Kind: PollTimeout, N: 5},
			{T: 5 * ms, Kind: Clock, N: 5 * ms, Phase: PhasePoll},
		}, want: []string{"clock                          +5.000ms waited in poll"}},
		{name: "busy JavaScript is said", events: []Event{
			{Kind: CallbackStart, Queue: QueueCheck, ID: 4, Label: "setImmediate spin"},
			{T: 30 * ms, Kind: CallbackEnd, Queue: QueueCheck, ID: 4, Label: "setImmediate spin"},
		}, want: []string{"⋯ +30.000ms busy: JavaScript ran (setImmediate spin)\n"}},
		{name: "time waiting in poll is said", events: []Event{
			{Kind: PhaseEnter, Phase: PhasePoll}, {Kind: PollTimeout, N: -1},
			{T: 7 * ms, Kind: CallbackStart, Queue: QueueIO, ID: 5, Label: "read", Phase: PhasePoll},
		}, want: []string{"⋯ +7.000ms waiting in poll", "poll.timeout                   block until I/O"}},
		{name: "console text is clipped to fit a terminal", events: []Event{
			{Kind: Console, FD: 1, Text: strings.Repeat("x", 200) + "\n", Stack: []string{"f main.js:9"}},
		}, want: []string{"…", " at main.js:9\n"}, lack: []string{strings.Repeat("x", 100)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, Text, tt.events)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("lacks %q:\n%s", w, out)
				}
			}
			for _, l := range tt.lack {
				if strings.Contains(out, l) {
					t.Errorf("has %q:\n%s", l, out)
				}
			}
			for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if n := len([]rune(line)); n > 110 {
					t.Errorf("line %d is %d wide: %s", i+1, n, line)
				}
			}
		})
	}
}

func TestSummary(t *testing.T) {
	out := render(t, Summary, []Event{
		{Kind: PhaseEnter, Phase: PhaseMain},
		{Kind: CallbackStart, Queue: QueueMain, ID: 1, Phase: PhaseMain},
		{Kind: Enqueue, Queue: QueueTimers, ID: 2},
		{Kind: Enqueue, Queue: QueueTimers, ID: 3},
		{Kind: Cancel, Queue: QueueTimers, ID: 3},
		{T: 2 * ms, Kind: CallbackEnd, Queue: QueueMain, ID: 1},
		{T: 2 * ms, Kind: PhaseLeave, Phase: PhaseMain},
		{T: 2 * ms, Kind: Iteration, N: 1},
		{T: 2 * ms, Kind: PhaseEnter, Phase: PhaseTimers},
		{T: 3 * ms, Kind: CallbackStart, Queue: QueueTimers, ID: 2, Phase: PhaseTimers},
		{T: 3 * ms, Kind: Console, FD: 1, Text: "x\n"},
		{T: 4 * ms, Kind: CallbackEnd, Queue: QueueTimers, ID: 2},
		{T: 4 * ms, Kind: PhaseLeave, Phase: PhaseTimers},
		{T: 4 * ms, Kind: LoopEnd, N: 3},
	})
	for _, w := range []string{
		"1 loop iterations, 4.000ms on the loop clock, exit code 3, 1 console writes",
		"main              1          1      2.000ms",
		"timers            1          1      2.000ms",
		"timers            2      1          1        1.000ms",
		"main              0      1          0        2.000ms",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("lacks %q:\n%s", w, out)
		}
	}
}
