//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// isTerminal reports whether f is a terminal, as isatty(3) does: a
// character device is not enough (/dev/null is one).
func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), ioctlGetTermios)
	return err == nil
}

// windowSize is the terminal's size on fd 1 or 2 (TIOCGWINSZ), as libuv's
// uv_tty_get_winsize asks; ok is false when fd is not a terminal.
func windowSize(fd int) (columns, rows int, ok bool) {
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return 0, 0, false
	}
	return int(ws.Col), int(ws.Row), true
}

// stdinTerm is process.stdin.setRawMode on the terminal at fd 0: raw mode
// as libuv's UV_TTY_MODE_RAW sets it, and the terminal's own settings back
// when the program asks or the run ends (libuv's uv_tty_reset_mode).
type stdinTerm struct {
	saved *unix.Termios // the settings before the first raw mode; nil: never changed
}

func (t *stdinTerm) setRawMode(raw bool) error {
	if !raw {
		if t.saved == nil {
			return nil
		}
		return unix.IoctlSetTermios(0, ioctlSetTermios, t.saved)
	}
	cur, err := unix.IoctlGetTermios(0, ioctlGetTermios)
	if err != nil {
		return err
	}
	if t.saved == nil {
		orig := *cur
		t.saved = &orig
	}
	tio := *t.saved
	tio.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	tio.Oflag |= unix.ONLCR
	tio.Cflag |= unix.CS8
	tio.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	tio.Cc[unix.VMIN] = 1
	tio.Cc[unix.VTIME] = 0
	return unix.IoctlSetTermios(0, ioctlSetTermios, &tio)
}

// restore gives the terminal its settings back if raw mode changed them.
func (t *stdinTerm) restore() {
	if t.saved != nil {
		_ = unix.IoctlSetTermios(0, ioctlSetTermios, t.saved)
	}
}
