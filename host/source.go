package host

// Building the wasm module from evloop's own source, for binaries that were
// built without it: `go install …/host/cmd/evloop@version` and programs that
// `go get` the module cannot run `make wasm` (the module cache is read-only,
// and go:embed only sees files present at build time). ModuleOrBuild finds
// the source this binary was built from and builds the evloophost module
// from it once with the Go toolchain, into the user cache dir.
// site/docs/embedding.md, "The wasm module", says why this and not a
// committed module.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"
)

// modulePath is evloop's Go module path.
const modulePath = "github.com/evloop/evloop"

// keepBuiltModules is how many modules built from source the cache keeps
// (each about 25 MB): one per evloop version or source tree in use.
const keepBuiltModules = 3

// buildError is a failure to build the module from source; errors.Is(err,
// ErrNotBuilt) holds for it, as for a binary without the module.
type buildError struct{ msg string }

func (e *buildError) Error() string {
	return "the wasm engine is not built into this binary, and building it from evloop's source failed: " + e.msg
}
func (e *buildError) Unwrap() error { return ErrNotBuilt }

func buildErrorf(format string, args ...any) error {
	return &buildError{fmt.Sprintf(format, args...)}
}

// ModuleOrBuild returns the embedded module (Module) if this binary has
// one. Otherwise it returns the evloophost module built from the evloop
// source this binary was built from, building it the first time with the
// Go toolchain (go on PATH; about a minute cold, seconds with Go's build
// cache warm) and caching it in os.UserCacheDir()/evloop/module, named by
// the evloop version (or a hash of a local source tree). progress, if not
// nil, gets a line when a build starts and one when it ends.
//
// The source is, in this order: the directory $EVLOOP_SOURCE; the local
// directory a replace directive points the evloop module to; the module
// cache's copy of the evloop version this binary was built with (go mod
// download); for a development build of evloop itself (version "(devel)"
// or stamped from a VCS checkout), the checkout that holds the current
// directory or else the executable. Any other case is an error that says
// what to do.
func ModuleOrBuild(ctx context.Context, progress io.Writer) ([]byte, error) {
	if b, err := Module(); err == nil {
		return b, nil
	}
	builtMu.Lock()
	defer builtMu.Unlock()
	if builtModule != nil {
		return builtModule, nil
	}
	env := systemSourceEnv()
	b, err := buildFromSource(ctx, env, progress)
	if err != nil {
		return nil, err
	}
	builtModule = b
	return b, nil
}

var (
	builtMu     sync.Mutex
	builtModule []byte // this process's module built (or read) from source
)

// moduleFor is the module a run uses: cfg's, else ModuleOrBuild's.
func moduleFor(ctx context.Context, mod []byte, progress io.Writer) ([]byte, error) {
	if mod != nil {
		return mod, nil
	}
	return ModuleOrBuild(ctx, progress)
}

// sourceEnv is what finding and building the source depend on, replaced in
// the tests.
type sourceEnv struct {
	getenv    func(string) string
	buildInfo func() (*debug.BuildInfo, bool)
	cwd, exe  string // the current directory, this executable's directory
	goTool    string // the go command's path; "": not found
	cacheDir  string // where built modules go; "": none (the user has no cache dir)
	// download runs `go mod download -json path@version` and returns its
	// stdout (JSON even on failure) and error.
	download func(ctx context.Context, goTool, pathVersion string) ([]byte, error)
	// build builds the evloophost module of the source in dir into out.
	build func(ctx context.Context, goTool, dir, out string) error
}

func systemSourceEnv() sourceEnv {
	env := sourceEnv{getenv: os.Getenv, buildInfo: debug.ReadBuildInfo, download: goModDownload, build: goBuildModule}
	env.cwd, _ = os.Getwd()
	if exe, err := os.Executable(); err == nil {
		env.exe = filepath.Dir(exe)
	}
	env.goTool, _ = exec.LookPath("go")
	if base, err := os.UserCacheDir(); err == nil {
		env.cacheDir = filepath.Join(base, "evloop", "module")
	}
	return env
}

// moduleSource is where the source is: dir, the module's root, and
// version, the evloop version it is ("" for a local tree, which is hashed
// to name the build instead).
type moduleSource struct {
	dir, version string
	how          string // how it was found, for messages
}

// findSource finds the evloop source this binary was built from (see
// ModuleOrBuild for the order).
func findSource(ctx context.Context, env sourceEnv) (moduleSource, error) {
	if dir := env.getenv("EVLOOP_SOURCE"); dir != "" {
		if !isEvloopRoot(dir) {
			return moduleSource{}, buildErrorf("EVLOOP_SOURCE=%s is not evloop's source (it needs a go.mod of module %s)", dir, modulePath)
		}
		return moduleSource{dir: dir, how: "EVLOOP_SOURCE"}, nil
	}
	bi, ok := env.buildInfo()
	if !ok {
		return moduleSource{}, buildErrorf("this binary has no build information to find its source: set EVLOOP_SOURCE to an evloop checkout")
	}
	var m *debug.Module
	if bi.Main.Path == modulePath {
		m = &bi.Main
	} else {
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				m = d
				break
			}
		}
	}
	if m == nil {
		return moduleSource{}, buildErrorf("this binary's build information does not list %s: set EVLOOP_SOURCE to an evloop checkout", modulePath)
	}
	path, version := m.Path, m.Version
	if r := m.Replace; r != nil {
		if r.Version == "" { // a local directory
			dir := r.Path
			if !filepath.IsAbs(dir) {
				root := findModuleRoot(env.cwd, bi.Main.Path)
				if root == "" {
					return moduleSource{}, buildErrorf("%s is replaced by the relative directory %s, and the current directory is not inside module %s to resolve it: set EVLOOP_SOURCE", modulePath, r.Path, bi.Main.Path)
				}
				dir = filepath.Join(root, dir)
			}
			if !isEvloopRoot(dir) {
				return moduleSource{}, buildErrorf("%s is replaced by %s, which is not evloop's source: set EVLOOP_SOURCE", modulePath, dir)
			}
			return moduleSource{dir: dir, how: "the replace directive"}, nil
		}
		path, version = r.Path, r.Version
	}
	if m == &bi.Main && (version == "" || version == "(devel)" || builtFromVCS(bi)) {
		// A development build: go build or go test in a checkout.
		if root := findModuleRoot(env.cwd, modulePath); root != "" {
			return moduleSource{dir: root, how: "the evloop checkout holding the current directory"}, nil
		}
		if root := findModuleRoot(env.exe, modulePath); root != "" {
			return moduleSource{dir: root, how: "the evloop checkout holding this executable"}, nil
		}
		return moduleSource{}, buildErrorf("this is a development build of evloop (version %s), and neither the current directory nor the executable is in an evloop checkout: run make wasm and build again, or set EVLOOP_SOURCE to the checkout", orDevel(version))
	}
	if env.goTool == "" {
		return moduleSource{}, errNoGo(version)
	}
	out, err := env.download(ctx, env.goTool, path+"@"+version)
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Error != "" || err != nil || info.Dir == "" {
		msg := info.Error
		if msg == "" && err != nil {
			msg = err.Error()
		}
		if msg == "" && jerr != nil {
			msg = "unreadable output: " + jerr.Error()
		}
		return moduleSource{}, buildErrorf("go mod download %s@%s: %s", path, version, msg)
	}
	return moduleSource{dir: info.Dir, version: version, how: "the module cache"}, nil
}

func orDevel(v string) string {
	if v == "" {
		return "(devel)"
	}
	return v
}

func errNoGo(version string) error {
	return buildErrorf("that needs the Go toolchain, go 1.26 or later, on PATH (https://go.dev/dl/), to build evloop %s's module", orDevel(version))
}

// builtFromVCS says the main module was stamped from a checkout (go build
// in a working tree), not built from a module version.
func builtFromVCS(bi *debug.BuildInfo) bool {
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" {
			return true
		}
	}
	return false
}

// isEvloopRoot says dir holds evloop's go.mod.
func isEvloopRoot(dir string) bool {
	return goModPath(filepath.Join(dir, "go.mod")) == modulePath
}

// goModPath is the module path a go.mod file declares, or "".
func goModPath(file string) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// findModuleRoot is the directory at or above dir whose go.mod declares
// module path, or "".
func findModuleRoot(dir, path string) string {
	if dir == "" || path == "" {
		return ""
	}
	for {
		if goModPath(filepath.Join(dir, "go.mod")) == path {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// buildFromSource finds the source, and returns the cached module built
// from it or builds it.
func buildFromSource(ctx context.Context, env sourceEnv, progress io.Writer) ([]byte, error) {
	src, err := findSource(ctx, env)
	if err != nil {
		return nil, err
	}
	key := src.version
	if key == "" {
		if key, err = hashSource(src.dir); err != nil {
			return nil, buildErrorf("reading the source in %s: %v", src.dir, err)
		}
		key = "src-" + key
	}
	name := "evloop-host-" + sanitize(key) + ".wasm"
	var cached string
	if env.cacheDir != "" {
		cached = filepath.Join(env.cacheDir, name)
		if b, err := os.ReadFile(cached); err == nil && len(b) > 0 {
			now := time.Now()
			os.Chtimes(cached, now, now) // recently used: kept by the pruning
			return b, nil
		}
	}
	if env.goTool == "" {
		return nil, errNoGo(src.version)
	}
	outDir := env.cacheDir
	if outDir == "" {
		if outDir, err = os.MkdirTemp("", "evloop-module"); err != nil {
			return nil, buildErrorf("%v", err)
		}
		defer os.RemoveAll(outDir)
	} else if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, buildErrorf("%v", err)
	}
	// Another process may build the same module at the same time: each
	// writes its own file and renames it into place.
	tmp, err := os.CreateTemp(outDir, name+".*.tmp")
	if err != nil {
		return nil, buildErrorf("%v", err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	if progress != nil {
		where := "this run only"
		if cached != "" {
			where = "kept in " + cached
		}
		fmt.Fprintf(progress, "evloop: building the wasm engine once, from %s (%s), with %s; %s…\n", src.dir, src.how, env.goTool, where)
	}
	t0 := time.Now()
	if err := env.build(ctx, env.goTool, src.dir, tmp.Name()); err != nil {
		return nil, buildErrorf("%v", err)
	}
	b, err := os.ReadFile(tmp.Name())
	if err != nil || len(b) == 0 {
		return nil, buildErrorf("the build wrote no module (%v)", err)
	}
	if cached != "" {
		if err := os.Rename(tmp.Name(), cached); err == nil {
			pruneBuilt(env.cacheDir, keepBuiltModules)
		}
	}
	if progress != nil {
		fmt.Fprintf(progress, "evloop: built the wasm engine in %.1fs\n", time.Since(t0).Seconds())
	}
	return b, nil
}

// sanitize makes a version a file name.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
}

// hashSource hashes what the wasm module is built from in a local tree:
// go.mod, go.sum and the non-test Go, JS and assembly files of the
// packages ./wasm imports (wasm/, js/, loop/, poller/), testdata aside.
func hashSource(root string) (string, error) {
	h := sha256.New()
	var files []string
	for _, f := range []string{"go.mod", "go.sum"} {
		files = append(files, filepath.Join(root, f))
	}
	for _, sub := range []string{"wasm", "js", "loop", "poller"} {
		err := filepath.WalkDir(filepath.Join(root, sub), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if n := d.Name(); n == "testdata" || n == "node_modules" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
					return filepath.SkipDir
				}
				return nil
			}
			n := d.Name()
			if strings.HasSuffix(n, "_test.go") {
				return nil
			}
			switch filepath.Ext(n) {
			case ".go", ".js", ".s":
				files = append(files, p)
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(root, f)
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// pruneBuilt keeps the keep most recently used modules in dir.
func pruneBuilt(dir string, keep int) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type mod struct {
		path string
		t    time.Time
	}
	var mods []mod
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "evloop-host-") || !strings.HasSuffix(e.Name(), ".wasm") {
			continue
		}
		if info, err := e.Info(); err == nil {
			mods = append(mods, mod{filepath.Join(dir, e.Name()), info.ModTime()})
		}
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].t.After(mods[j].t) })
	for i := keep; i < len(mods); i++ {
		os.Remove(mods[i].path)
	}
}

// goModDownload runs `go mod download -json pathVersion` outside any module.
func goModDownload(ctx context.Context, goTool, pathVersion string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, goTool, "mod", "download", "-json", pathVersion)
	cmd.Dir = os.TempDir() // not inside the user's module
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return out, err
}

// goBuildModule is make wasm's evloophost build, run in dir.
func goBuildModule(ctx context.Context, goTool, dir, out string) error {
	cmd := exec.CommandContext(ctx, goTool, "build", "-buildmode=c-shared", "-trimpath", "-ldflags=-s -w",
		"-tags", "evloophost", "-o", out, "./wasm")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0", "GOWORK=off", "GOFLAGS=-buildvcs=false")
	var combined bytes.Buffer
	cmd.Stdout, cmd.Stderr = &combined, &combined
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		msg := strings.TrimSpace(combined.String())
		if len(msg) > 2000 {
			msg = msg[:2000] + "…"
		}
		return fmt.Errorf("go build in %s: %v\n%s", dir, err, msg)
	}
	return nil
}
