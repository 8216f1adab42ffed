package js

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// osFigures are os.totalmem, freemem, uptime and loadavg's three, read
// from the host as libuv reads them on Linux (/proc/meminfo's MemTotal
// and MemAvailable, /proc/uptime, /proc/loadavg); a figure with nothing
// to read (another system, the page) is 0.
func osFigures() [6]float64 {
	var f [6]float64
	if t := totalRAM(); t > 0 {
		f[0] = float64(t)
	} else {
		f[0] = float64(memTotal())
	}
	if fh, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
				kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
				f[1] = kb * 1024
				break
			}
		}
		fh.Close()
	}
	if b, err := os.ReadFile("/proc/uptime"); err == nil {
		if fs := strings.Fields(string(b)); len(fs) > 0 {
			f[2], _ = strconv.ParseFloat(fs[0], 64)
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		fs := strings.Fields(string(b))
		for i := 0; i < 3 && i < len(fs); i++ {
			f[3+i], _ = strconv.ParseFloat(fs[i], 64)
		}
	}
	return f
}

// kernelString is a line of /proc/sys/kernel (osrelease, version): what
// uname(2) tells os.release() and os.version(); "" without one.
func kernelString(name string) string {
	b, err := os.ReadFile("/proc/sys/kernel/" + name)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// osCPUs is os.cpus() as libuv reads it on Linux: a model per processor
// from /proc/cpuinfo, the speed in MHz from cpufreq's scaling_cur_freq (0
// without it) and the times of /proc/stat in milliseconds (ticks of 1/100
// s). nil where /proc/stat is absent: os.js then lists virtual CPUs.
func osCPUs() []map[string]any {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return nil
	}
	var models []string
	if info, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(info), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				models = append(models, strings.TrimSpace(v))
			}
		}
	}
	var list []map[string]any
	for _, line := range strings.Split(string(b), "\n") {
		fs := strings.Fields(line)
		if len(fs) < 7 || !strings.HasPrefix(fs[0], "cpu") || fs[0] == "cpu" {
			continue
		}
		n := len(list)
		ms := func(i int) int64 {
			v, _ := strconv.ParseInt(fs[i], 10, 64)
			return v * 10
		}
		model := "unknown"
		if n < len(models) {
			model = models[n]
		}
		speed := int64(0)
		if f, err := os.ReadFile("/sys/devices/system/cpu/" + fs[0] + "/cpufreq/scaling_cur_freq"); err == nil {
			khz, _ := strconv.ParseInt(strings.TrimSpace(string(f)), 10, 64)
			speed = khz / 1000
		}
		list = append(list, map[string]any{"model": model, "speed": speed,
			"user": ms(1), "nice": ms(2), "sys": ms(3), "idle": ms(4), "irq": ms(6)})
	}
	return list
}
