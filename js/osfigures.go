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
