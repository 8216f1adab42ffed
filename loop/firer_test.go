package loop_test

import (
	"strings"
	"testing"

	"github.com/evloop/evloop/loop"
)

// firerTimer holds its Timer and fires itself (StartTimerFirer), as js's
// Timeout does; firerImmediate the same for an Immediate.
type firerTimer struct {
	loop.Timer
	name string
	log  func(string)
}

func (f *firerTimer) Fire() { f.log(f.name) }

type firerImmediate struct {
	im   loop.Immediate
	name string
	log  func(string)
}

func (f *firerImmediate) Fire() { f.log(f.name) }

// A Firer runs where a func would, in the same order, with the
// checkpoint after it; an interval fires again; a cleared one does not.
func TestLoop_firer(t *testing.T) {
	var iv *firerTimer
	got := run(t, loop.Config{}, func(l *loop.Loop, log func(string)) {
		a := &firerTimer{name: "t2", log: log}
		l.StartTimerFirer(&a.Timer, "t2", 2, false, a)
		l.StartTimer(new(loop.Timer), "t1", 1, false, func() {
			log("t1")
			l.NextTick("n", func() { log("tick") })
		})
		c := &firerTimer{name: "cleared", log: log}
		l.StartTimerFirer(&c.Timer, "c", 1, false, c)
		c.Clear()
		n := 0
		iv = &firerTimer{name: "iv", log: func(s string) {
			log(s)
			if n++; n == 2 {
				iv.Clear()
			}
		}}
		l.StartTimerFirer(&iv.Timer, "iv", 3, true, iv)
		im := &firerImmediate{name: "im", log: log}
		l.StartImmediateFirer(&im.im, "im", im)
		l.StartImmediate(new(loop.Immediate), "im2", func() { log("im2") })
	})
	if s, want := strings.Join(got, " "), "im im2 t1 tick t2 iv iv"; s != want {
		t.Errorf("got %q, want %q", s, want)
	}
}
