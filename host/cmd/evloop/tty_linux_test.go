package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/evloop/evloop/host"
)

// openPty opens a pseudo-terminal pair through /dev/ptmx, sized cols×rows.
func openPty(t *testing.T, cols, rows uint16) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("open the pty's slave: %v", err)
	}
	if err := unix.IoctlSetWinsize(int(m.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: cols, Row: rows}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// ttyScript reports what a program sees of its terminal, then waits for
// the window to change size.
const ttyScript = `const tty = require('tty');
console.log(JSON.stringify([tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(3), process.stdout.isTTY,
  process.stdout instanceof tty.WriteStream, process.stderr instanceof tty.WriteStream,
  process.stdin instanceof tty.ReadStream, process.stdin.isTTY, process.stdout.columns, process.stdout.rows,
  process.stdout.getWindowSize(), process.stderr.columns, process.stdout.getColorDepth(), process.stdout.hasColors(),
  process.stdout.hasColors(2 ** 24), process.listenerCount('SIGWINCH')]));
if (process.argv[2] === 'once') {
  console.log('ready');
  process.exit(0);
}
process.stdout.on('resize', () => {
  console.log(JSON.stringify(['resize', process.stdout.columns, process.stdout.rows, process.stderr.columns]));
  process.exit(0);
});
setTimeout(() => { console.log('no resize'); process.exit(1); }, 5000);
console.log('ready');
`

// runOnPty runs name args with a new pty (100×30) as its controlling
// terminal and standard streams; once it prints "ready" the window becomes
// 120×40 (the kernel sends SIGWINCH). It returns what the terminal showed.
func runOnPty(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	master, slave := openPty(t, 100, 30)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	var env []string
	for _, kv := range cmd.Env {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "TERM", "COLORTERM", "FORCE_COLOR", "NO_COLOR", "NODE_DISABLE_COLORS", "CI", "TMUX", "TERM_PROGRAM", "TEAMCITY_VERSION":
			continue
		}
		env = append(env, kv)
	}
	cmd.Env = append(env, "TERM=xterm-256color")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	out := readPty(master)
	out.waitFor("ready", 10*time.Second)
	if err := unix.IoctlSetWinsize(int(master.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: 120, Row: 40}); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("%v: %v", cmd.Args, err)
	}
	select {
	case <-out.done:
	case <-time.After(5 * time.Second):
	}
	return out.String()
}

// On a terminal, process.stdout and stderr are tty.WriteStreams with the
// window's size, process.stdin a tty.ReadStream, colours follow TERM, and a
// window resize emits 'resize' with the new size: what node shows on the
// same terminal.
func TestTTY_onPseudoTerminal(t *testing.T) {
	script := writeScript(t, "tty.js", ttyScript)
	got := runOnPty(t, evloopCmd(t, script))
	want := "[true,true,true,false,true,true,true,true,true,100,30,[100,30],100,8,true,false,2]\r\nready\r\n" +
		"[\"resize\",120,40,100]\r\n" // stderr refreshes after stdout: its listener came second
	if got != want {
		t.Errorf("evloop on a terminal showed\n%q\nwant\n%q", got, want)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	cmd := exec.Command(node, script)
	cmd.Env = os.Environ()
	if nodeGot := runOnPty(t, cmd); nodeGot != got {
		t.Errorf("node on a terminal showed\n%q\nevloop\n%q", nodeGot, got)
	}
}

// The wasm engine sees the same terminal (its size when the run starts;
// the guest is told of no resize).
func TestTTY_onPseudoTerminalWasm(t *testing.T) {
	if _, err := host.HostModule(); err != nil {
		t.Skip("the wasm host module is not built (make wasm)")
	}
	script := writeScript(t, "tty.js", ttyScript)
	got := runOnPty(t, evloopCmd(t, "--engine=wasm", script, "once"))
	want := "[true,true,true,false,true,true,true,true,true,100,30,[100,30],100,8,true,false,2]\r\nready\r\n"
	if got != want {
		t.Errorf("evloop --engine=wasm on a terminal showed\n%q\nwant\n%q", got, want)
	}
}

// rawScript reads one key in raw mode, then leaves raw mode.
const rawScript = `process.stdin.setRawMode(true);
console.log(JSON.stringify(['raw', process.stdin.isRaw]));
process.stdin.once('data', (d) => {
  console.log(JSON.stringify(['key', d.toString('hex')]));
  // 'leave': the run ends in raw mode, and the runtime must restore.
  if (process.argv[2] !== 'leave') console.log(JSON.stringify(['raw', process.stdin.setRawMode(false).isRaw]));
  process.stdin.pause();
});
console.log('ready');
`

// In raw mode a key comes as it is typed, unechoed, and Ctrl-C is a byte,
// not SIGINT; setRawMode(false) and the end of the run give the terminal
// its settings back. node shows the same.
func TestTTY_rawMode(t *testing.T) {
	script := writeScript(t, "raw.js", rawScript)
	run := func(cmd *exec.Cmd) string {
		master, slave := openPty(t, 80, 24)
		before, err := unix.IoctlGetTermios(int(slave.Fd()), ioctlGetTermios)
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		out := readPty(master)
		text := out.String
		out.waitFor("ready", 10*time.Second)
		if _, err := master.Write([]byte{3}); err != nil { // Ctrl-C
			t.Fatal(err)
		}
		waited := make(chan error, 1)
		go func() { waited <- cmd.Wait() }()
		select {
		case err := <-waited:
			if err != nil {
				t.Errorf("%v: %v", cmd.Args, err)
			}
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v did not end; the terminal showed %q", cmd.Args, text())
		}
		time.Sleep(50 * time.Millisecond) // the last output through the pty
		after, err := unix.IoctlGetTermios(int(slave.Fd()), ioctlGetTermios)
		if err != nil {
			t.Fatal(err)
		}
		if after.Lflag != before.Lflag || after.Iflag != before.Iflag {
			t.Errorf("%v left the terminal changed: lflag %#x → %#x, iflag %#x → %#x", cmd.Args, before.Lflag, after.Lflag, before.Iflag, after.Iflag)
		}
		return text()
	}
	node, nodeErr := exec.LookPath("node")
	for _, leave := range []string{"", "leave"} {
		got := run(evloopCmd(t, script, leave))
		want := "[\"raw\",true]\r\nready\r\n[\"key\",\"03\"]\r\n"
		if leave == "" {
			want += "[\"raw\",false]\r\n"
		}
		if got != want {
			t.Errorf("evloop (%q) showed\n%q\nwant\n%q", leave, got, want)
		}
		if nodeErr != nil {
			continue
		}
		if nodeGot := run(exec.Command(node, script, leave)); nodeGot != got {
			t.Errorf("node (%q) showed\n%q\nevloop\n%q", leave, nodeGot, got)
		}
	}
}

// ptyOutput is what a program writes to a terminal, read from the pty's
// master side as it comes.
type ptyOutput struct {
	mu   sync.Mutex
	b    bytes.Buffer
	done chan struct{} // closed when the master reads EIO: the last slave closed
}

func readPty(master *os.File) *ptyOutput {
	o := &ptyOutput{done: make(chan struct{})}
	go func() {
		defer close(o.done)
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			o.mu.Lock()
			o.b.Write(buf[:n])
			o.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	return o
}

func (o *ptyOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.b.String()
}

// waitFor returns once s has been written, or after d.
func (o *ptyOutput) waitFor(s string, d time.Duration) {
	for deadline := time.Now().Add(d); !strings.Contains(o.String(), s) && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
}
