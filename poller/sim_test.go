package poller

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// job is what a test sees of one completed simulated job.
type job struct {
	label          string
	worker         int
	started, ended time.Duration
	collected      time.Duration // loop clock when its done callback ran
}

func (j job) String() string {
	return fmt.Sprintf("%s w%d %v-%v @%v", j.label, j.worker, j.started, j.ended, j.collected)
}

// runSimJobs runs n jobs of the given cost, all submitted by the main
// script, on a loop with a Sim of poolSize workers, and returns them in
// the order their callbacks ran.
func runSimJobs(t *testing.T, poolSize, n int, cost time.Duration) []job {
	t.Helper()
	clock := loop.NewVirtualClock(-1)
	sim := NewSim(clock, poolSize, Latency{FS: 1, DNS: 1, Crypto: 1, Net: 1})
	var rec trace.Recorder
	l := loop.New(loop.Config{Clock: clock, Backend: sim, Trace: &rec})
	var got []job
	var worked []string
	l.RunMacrotask(trace.QueueMain, "main", func() {
		for i := range n {
			label := fmt.Sprintf("job%d", i+1)
			req := l.BeginRequest(trace.QueuePool, label)
			sim.Submit(req, cost, func() { worked = append(worked, label) }, func() {
				got = append(got, job{label: label, collected: clock.Now()})
			})
		}
	})
	if err := l.Run(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	// The worker and times come back through the Completion, which the
	// loop turns into pool.done events.
	i := 0
	for _, e := range rec.Events {
		if e.Kind != trace.PoolDone {
			continue
		}
		if i >= len(got) || e.Label != got[i].label {
			t.Fatalf("pool.done %q out of order with the callbacks %v", e.Label, got)
		}
		got[i].worker = e.Worker
		got[i].ended = time.Duration(e.T)
		got[i].started = got[i].ended - time.Duration(e.N)
		i++
	}
	if i != n || len(worked) != n {
		t.Fatalf("%d pool.done events, %d works, want %d", i, len(worked), n)
	}
	return got
}

func TestSim_poolWaves(t *testing.T) {
	const cost = 10 * time.Millisecond
	tests := []struct {
		pool, jobs  int
		wantWorkers []int
		wantStarts  []time.Duration // on the virtual clock
	}{
		{4, 6, []int{1, 2, 3, 4, 1, 2}, []time.Duration{0, 0, 0, 0, cost, cost}},
		{2, 6, []int{1, 2, 1, 2, 1, 2}, []time.Duration{0, 0, cost, cost, 2 * cost, 2 * cost}},
		{1, 3, []int{1, 1, 1}, []time.Duration{0, cost, 2 * cost}},
		{8, 3, []int{1, 2, 3}, []time.Duration{0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("pool%d_jobs%d", tt.pool, tt.jobs), func(t *testing.T) {
			got := runSimJobs(t, tt.pool, tt.jobs, cost)
			var workers []int
			var starts []time.Duration
			for i, j := range got {
				if want := fmt.Sprintf("job%d", i+1); j.label != want {
					t.Errorf("callback %d is %s, want %s (FIFO)", i, j.label, want)
				}
				workers = append(workers, j.worker)
				starts = append(starts, j.started)
				if j.collected < j.ended {
					t.Errorf("%v: callback ran before the job ended", j)
				}
			}
			if !slices.Equal(workers, tt.wantWorkers) {
				t.Errorf("workers %v, want %v", workers, tt.wantWorkers)
			}
			if !slices.Equal(starts, tt.wantStarts) {
				t.Errorf("start times %v, want %v", starts, tt.wantStarts)
			}
		})
	}
}

func TestSim_deterministic(t *testing.T) {
	a := runSimJobs(t, 3, 10, 7*time.Millisecond)
	b := runSimJobs(t, 3, 10, 7*time.Millisecond)
	if !slices.Equal(a, b) {
		t.Errorf("two runs differ:\n%v\n%v", a, b)
	}
}

func TestSim_latencyByLabel(t *testing.T) {
	clock := loop.NewVirtualClock(-1)
	lat := Latency{FS: 3 * time.Millisecond, DNS: 5 * time.Millisecond, Crypto: 7 * time.Millisecond}
	sim := NewSim(clock, 4, lat)
	for _, label := range []string{"fs.open /x", "dns.lookup localhost", "crypto.pbkdf2", "other"} {
		sim.Submit(&loop.Request{Label: label}, time.Millisecond, nil, nil)
	}
	var ends []time.Duration
	for {
		at, ok := sim.NextReady()
		if !ok {
			break
		}
		clock.Advance(at - clock.Now())
		for _, c := range sim.Poll(nil) {
			ends = append(ends, c.Ended)
		}
	}
	want := []time.Duration{time.Millisecond, 4 * time.Millisecond, 6 * time.Millisecond, 8 * time.Millisecond}
	if !slices.Equal(ends, want) {
		t.Errorf("ends %v, want %v", ends, want)
	}
}

func TestSim_workRunsWhenTaken(t *testing.T) {
	clock := loop.NewVirtualClock(-1)
	sim := NewSim(clock, 1, Latency{})
	var log []string
	sim.Submit(&loop.Request{Label: "a"}, 10*time.Millisecond, func() { log = append(log, "work a") }, nil)
	sim.Submit(&loop.Request{Label: "b"}, 10*time.Millisecond, func() { log = append(log, "work b") }, nil)
	if c := sim.Poll(nil); len(c) != 0 {
		t.Fatalf("Poll at 0 returned %d completions", len(c))
	}
	if !slices.Equal(log, []string{"work a"}) {
		t.Fatalf("at 0: %v, want only a's work (b waits for the one worker)", log)
	}
	clock.Advance(10 * time.Millisecond)
	if c := sim.Poll(nil); len(c) != 1 || c[0].Req.Label != "a" {
		t.Fatalf("Poll at 10ms = %v, want a's completion", c)
	}
	if !slices.Equal(log, []string{"work a", "work b"}) {
		t.Fatalf("at 10ms: %v", log)
	}
}

func TestSim_after(t *testing.T) {
	clock := loop.NewVirtualClock(-1)
	sim := NewSim(clock, 1, Latency{})
	var log []string
	sim.After(2*time.Millisecond, "late", func() { log = append(log, "late") })
	sim.After(time.Millisecond, "early", func() { log = append(log, "early") })
	sim.After(time.Millisecond, "early2", func() { log = append(log, "early2") })
	if at, ok := sim.NextReady(); !ok || at != time.Millisecond {
		t.Fatalf("NextReady = %v, %v", at, ok)
	}
	clock.Advance(5 * time.Millisecond)
	for _, c := range sim.Poll(nil) {
		c.Run()
	}
	if want := []string{"early", "early2", "late"}; !slices.Equal(log, want) {
		t.Errorf("got %v, want %v", log, want)
	}
	if _, ok := sim.NextReady(); ok {
		t.Error("NextReady reports an event after all were delivered")
	}
}
