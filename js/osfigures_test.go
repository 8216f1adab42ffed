//go:build linux

package js

import "testing"

// TestHostFigures checks that os's figures and process.cpuUsage's are the
// host's on Linux (the conformance cases check only their shape, which the
// wasm engine, with no /proc or getrusage, shares).
func TestHostFigures(t *testing.T) {
	f := osFigures()
	if f[0] < 1e8 || f[1] <= 0 || f[1] > f[0] || f[2] <= 0 {
		t.Errorf("osFigures() = %v: want totalmem > 1e8, 0 < freemem <= totalmem, uptime > 0", f)
	}
	if kernelString("osrelease") == "" || kernelString("version") == "" {
		t.Errorf("kernel release %q, version %q: want both", kernelString("osrelease"), kernelString("version"))
	}
	cpus := osCPUs()
	if len(cpus) == 0 {
		t.Fatal("osCPUs() = none")
	}
	for _, c := range cpus {
		if c["model"] == "" || c["user"].(int64) <= 0 {
			t.Errorf("cpu %v: want a model and user time", c)
		}
	}
	u, ok := resourceUsage()
	if !ok || u[0] <= 0 || u[2] <= 1000 {
		t.Errorf("resourceUsage() = %v, %v: want user time and maxRSS (KB) > 1000", u, ok)
	}
}
