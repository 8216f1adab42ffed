package poller

import (
	"fmt"
	"io/fs"
	"net/netip"
	"path"
	"strings"
	"syscall"

	"github.com/evloop/evloop/loop/sys"
)

// Allow is the permission check behind sys.Host.Allow: which files a
// program may read and write, where it may listen and connect. By default
// files only under the working directory and the temp dir, and sockets
// only on loopback; --allow-fs=DIR (repeatable, or all) and --allow-net
// widen that.
//
// Paths are resolved before they are checked — "." and "..", then every
// symlink, component by component as the kernel does — so neither
// "dir/../../etc/passwd" nor a symlink in an allowed directory pointing out
// of it gets through.
type Allow struct {
	FS     sys.FS   // resolves symlinks (nil: paths are only cleaned)
	Dirs   []string // allowed directory trees (absolute)
	AllFS  bool     // --allow-fs=all
	Hosts  []string // --allow-net hosts (without ports), beyond loopback
	AllNet bool     // --allow-net with no list, or =all
	// ChildProcess is --allow-child-process: without it nothing may be
	// spawned (workers inherit the parent's permissions).
	ChildProcess bool
}

// DeniedError is an access the flags do not allow. It wraps EACCES.
type DeniedError struct {
	Op, Target string // as passed to Check
	Flag       string // the flag that would allow it
}

func (e *DeniedError) Error() string {
	return fmt.Sprintf("evloop: %s %s is not allowed; run with %s", e.Op, e.Target, e.Flag)
}

// Unwrap returns syscall.EACCES.
func (e *DeniedError) Unwrap() error { return syscall.EACCES }

// ErrCode returns "EACCES".
func (e *DeniedError) ErrCode() string { return "EACCES" }

// Hint is the part of the message that names the flag.
func (e *DeniedError) Hint() string { return "not allowed; run with " + e.Flag }

// Check is sys.Host.Allow: op is "read", "write", "listen", "connect" or
// "spawn"; target an absolute path, host:port or a command. It returns nil
// or a *DeniedError.
func (a *Allow) Check(op, target string) error {
	switch op {
	case "listen", "connect":
		return a.checkNet(op, target)
	case "spawn":
		if a.ChildProcess {
			return nil
		}
		return &DeniedError{Op: op, Target: target, Flag: "--allow-child-process"}
	}
	if a.AllFS {
		return nil
	}
	p := a.Resolve(target)
	for _, d := range a.Dirs {
		d = a.Resolve(d)
		if p == d || strings.HasPrefix(p, strings.TrimSuffix(d, "/")+"/") {
			return nil
		}
	}
	return &DeniedError{Op: op, Target: target, Flag: "--allow-fs=" + path.Dir(p)}
}

func (a *Allow) checkNet(op, target string) error {
	if a.AllNet {
		return nil
	}
	host := target
	if i := strings.LastIndexByte(target, ':'); i >= 0 && !strings.HasSuffix(target, "]") {
		host = target[:i]
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if host == "" || host == "localhost" {
		return nil
	}
	if ip, err := netip.ParseAddr(host); err == nil && ip.IsLoopback() {
		return nil
	}
	for _, h := range a.Hosts {
		if strings.EqualFold(h, host) {
			return nil
		}
	}
	return &DeniedError{Op: op, Target: target, Flag: "--allow-net=" + host}
}

// maxLinks bounds symlink hops while resolving, as the kernel's ELOOP does.
const maxLinks = 40

// Resolve returns p absolute and clean with every symlink that exists
// resolved; the part of p that does not exist is only cleaned.
func (a *Allow) Resolve(p string) string {
	if !path.IsAbs(p) {
		p = "/" + p
	}
	resolved := "/"
	rest := strings.Split(p, "/")
	for hops := 0; len(rest) > 0; {
		c := rest[0]
		rest = rest[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			resolved = path.Dir(resolved)
			continue
		}
		next := path.Join(resolved, c)
		if a.FS == nil {
			resolved = next
			continue
		}
		fi, err := a.FS.Lstat(next)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 || hops >= maxLinks {
			resolved = next
			continue
		}
		target, err := a.FS.Readlink(next)
		if err != nil {
			resolved = next
			continue
		}
		hops++
		if path.IsAbs(target) {
			resolved = "/"
		}
		rest = append(strings.Split(target, "/"), rest...)
	}
	return resolved
}
