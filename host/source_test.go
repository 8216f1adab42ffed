package host

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// A fake evloop checkout and a user's module beside it.
func sourceTree(t *testing.T) (evloop, user string) {
	t.Helper()
	root := t.TempDir()
	evloop, user = filepath.Join(root, "evloop"), filepath.Join(root, "app")
	for dir, mod := range map[string]string{evloop: modulePath, user: "example.com/app"} {
		os.MkdirAll(filepath.Join(dir, "sub", "deeper"), 0o755)
		os.WriteFile(filepath.Join(dir, "go.mod"), []byte("// a comment\nmodule "+mod+"\n\ngo 1.26\n"), 0o644)
	}
	os.MkdirAll(filepath.Join(evloop, "wasm"), 0o755)
	os.WriteFile(filepath.Join(evloop, "wasm", "main.go"), []byte("package main\n"), 0o644)
	return evloop, user
}

func TestFindSource(t *testing.T) {
	evloop, user := sourceTree(t)
	elsewhere := t.TempDir()
	dep := func(version string, replace *debug.Module) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Path: "example.com/app", Version: "(devel)"},
			Deps: []*debug.Module{{Path: "golang.org/x/sys", Version: "v0.49.0"}, {Path: modulePath, Version: version, Replace: replace}}}
	}
	main := func(version string, settings ...debug.BuildSetting) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: version}, Settings: settings}
	}
	cache := filepath.Join(elsewhere, "modcache", "github.com", "evloop", "evloop@v1.2.3")
	cases := []struct {
		name     string
		env      string // EVLOOP_SOURCE
		bi       *debug.BuildInfo
		cwd, exe string
		noGo     bool
		// download's answer: JSON, and whether it fails
		downloadJSON string
		downloadErr  bool
		wantDir      string
		wantVersion  string
		wantDownload string // the path@version asked for
		wantErr      string
	}{
		{name: "go install @version: the module cache", bi: main("v1.2.3"), cwd: elsewhere,
			downloadJSON: `{"Path":"github.com/evloop/evloop","Version":"v1.2.3","Dir":"` + cache + `"}`,
			wantDir:      cache, wantVersion: "v1.2.3", wantDownload: modulePath + "@v1.2.3"},
		{name: "a dependency: the module cache", bi: dep("v1.2.3", nil), cwd: user,
			downloadJSON: `{"Dir":"` + cache + `"}`, wantDir: cache, wantVersion: "v1.2.3", wantDownload: modulePath + "@v1.2.3"},
		{name: "a pseudo-version dependency", bi: dep("v0.0.0-20261205211554-7fd595d0a1b2", nil), cwd: user,
			downloadJSON: `{"Dir":"` + cache + `"}`, wantDir: cache, wantVersion: "v0.0.0-20261205211554-7fd595d0a1b2",
			wantDownload: modulePath + "@v0.0.0-20261205211554-7fd595d0a1b2"},
		{name: "replaced by an absolute directory", bi: dep("v1.2.3", &debug.Module{Path: evloop}), cwd: elsewhere, wantDir: evloop},
		{name: "replaced by a relative directory, run in the module", bi: dep("v1.2.3", &debug.Module{Path: "../evloop"}),
			cwd: filepath.Join(user, "sub", "deeper"), wantDir: filepath.Join(user, "../evloop")},
		{name: "replaced by a relative directory, run elsewhere", bi: dep("v1.2.3", &debug.Module{Path: "../evloop"}), cwd: elsewhere,
			wantErr: "relative directory ../evloop"},
		{name: "replaced by a directory that is not evloop", bi: dep("v1.2.3", &debug.Module{Path: user}), cwd: elsewhere,
			wantErr: "not evloop's source"},
		{name: "replaced by a fork's version", bi: dep("v1.2.3", &debug.Module{Path: "example.com/fork", Version: "v1.3.0"}), cwd: elsewhere,
			downloadJSON: `{"Dir":"` + cache + `"}`, wantDir: cache, wantVersion: "v1.3.0", wantDownload: "example.com/fork@v1.3.0"},
		{name: "devel, run in the checkout", bi: main("(devel)"), cwd: filepath.Join(evloop, "sub", "deeper"), wantDir: evloop},
		{name: "devel, the executable in the checkout", bi: main("(devel)"), cwd: elsewhere, exe: filepath.Join(evloop, "sub"), wantDir: evloop},
		{name: "stamped from a checkout, run in it", bi: main("v0.0.0-20261205211554-7fd595d0a1b2+dirty", debug.BuildSetting{Key: "vcs.revision", Value: "7fd595d"}),
			cwd: evloop, wantDir: evloop},
		{name: "devel, run elsewhere", bi: main("(devel)"), cwd: elsewhere, exe: elsewhere, wantErr: "development build of evloop"},
		{name: "EVLOOP_SOURCE first", env: evloop, bi: main("v1.2.3"), cwd: elsewhere, wantDir: evloop},
		{name: "EVLOOP_SOURCE not evloop", env: user, bi: main("v1.2.3"), cwd: elsewhere, wantErr: "EVLOOP_SOURCE=" + user + " is not evloop's source"},
		{name: "no go on PATH", bi: main("v1.2.3"), cwd: elsewhere, noGo: true, wantErr: "needs the Go toolchain"},
		{name: "the version cannot be downloaded", bi: main("v9.9.9"), cwd: elsewhere,
			downloadJSON: `{"Path":"github.com/evloop/evloop","Version":"v9.9.9","Error":"github.com/evloop/evloop@v9.9.9: invalid version: unknown revision v9.9.9"}`,
			downloadErr:  true, wantErr: "unknown revision v9.9.9"},
		{name: "download prints nothing", bi: main("v1.2.3"), cwd: elsewhere, downloadErr: true, wantErr: "go mod download"},
		{name: "no build information", cwd: elsewhere, wantErr: "no build information"},
		{name: "evloop not in the build", bi: &debug.BuildInfo{Main: debug.Module{Path: "example.com/app"}}, cwd: elsewhere,
			wantErr: "does not list " + modulePath},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var asked string
			env := sourceEnv{
				getenv: func(k string) string {
					if k == "EVLOOP_SOURCE" {
						return tc.env
					}
					return ""
				},
				buildInfo: func() (*debug.BuildInfo, bool) { return tc.bi, tc.bi != nil },
				cwd:       tc.cwd, exe: tc.exe, goTool: "/usr/local/go/bin/go",
				download: func(_ context.Context, _, pv string) ([]byte, error) {
					asked = pv
					if tc.downloadErr {
						return []byte(tc.downloadJSON), errors.New("exit status 1")
					}
					return []byte(tc.downloadJSON), nil
				},
			}
			if tc.noGo {
				env.goTool = ""
			}
			src, err := findSource(context.Background(), env)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want one with %q", err, tc.wantErr)
				}
				if !errors.Is(err, ErrNotBuilt) {
					t.Errorf("errors.Is(%v, ErrNotBuilt) is false", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if src.dir != tc.wantDir || src.version != tc.wantVersion {
				t.Errorf("dir %q version %q, want %q %q", src.dir, src.version, tc.wantDir, tc.wantVersion)
			}
			if asked != tc.wantDownload {
				t.Errorf("downloaded %q, want %q", asked, tc.wantDownload)
			}
		})
	}
}

// Built once per source tree or version, then read from the cache; a
// changed tree builds again; the cache keeps the newest few.
func TestBuildFromSource_cache(t *testing.T) {
	evloop, _ := sourceTree(t)
	cacheDir := t.TempDir()
	builds := 0
	env := sourceEnv{
		getenv:    func(k string) string { return map[string]string{"EVLOOP_SOURCE": evloop}[k] },
		buildInfo: func() (*debug.BuildInfo, bool) { return nil, false },
		goTool:    "go", cacheDir: cacheDir,
		build: func(_ context.Context, _, dir, out string) error {
			builds++
			return os.WriteFile(out, []byte(fmt.Sprintf("module %d from %s", builds, dir)), 0o644)
		},
	}
	var progress bytes.Buffer
	b, err := buildFromSource(context.Background(), env, &progress)
	if err != nil || string(b) != "module 1 from "+evloop {
		t.Fatalf("%q %v", b, err)
	}
	if !strings.Contains(progress.String(), "building the wasm engine once") || !strings.Contains(progress.String(), "built the wasm engine in") {
		t.Errorf("progress %q", progress.String())
	}
	progress.Reset()
	if b, err := buildFromSource(context.Background(), env, &progress); err != nil || string(b) != "module 1 from "+evloop || builds != 1 || progress.Len() != 0 {
		t.Fatalf("second call: %q %v, %d builds, progress %q", b, err, builds, progress.String())
	}
	// Test files and testdata do not count; a source file does.
	os.WriteFile(filepath.Join(evloop, "wasm", "main_test.go"), []byte("package main\n"), 0o644)
	os.MkdirAll(filepath.Join(evloop, "wasm", "testdata"), 0o755)
	os.WriteFile(filepath.Join(evloop, "wasm", "testdata", "x.js"), []byte("1"), 0o644)
	if buildFromSource(context.Background(), env, nil); builds != 1 {
		t.Errorf("a test file rebuilt the module")
	}
	for i := 2; i <= 5; i++ {
		os.WriteFile(filepath.Join(evloop, "wasm", "main.go"), []byte(fmt.Sprintf("package main\n// %d\n", i)), 0o644)
		if b, err := buildFromSource(context.Background(), env, nil); err != nil || string(b) != fmt.Sprintf("module %d from %s", i, evloop) {
			t.Fatalf("after change %d: %q %v", i, b, err)
		}
		time.Sleep(10 * time.Millisecond) // distinct modification times
	}
	ents, _ := os.ReadDir(cacheDir)
	if len(ents) != keepBuiltModules {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("the cache holds %v, want the %d newest", names, keepBuiltModules)
	}
	// A failing build says why, and leaves nothing behind.
	env.build = func(context.Context, string, string, string) error { return errors.New("compile error: x") }
	os.WriteFile(filepath.Join(evloop, "wasm", "main.go"), []byte("package main\n// broken\n"), 0o644)
	if _, err := buildFromSource(context.Background(), env, nil); err == nil || !strings.Contains(err.Error(), "compile error: x") || !errors.Is(err, ErrNotBuilt) {
		t.Errorf("err %v", err)
	}
	if ents2, _ := os.ReadDir(cacheDir); len(ents2) != keepBuiltModules {
		t.Errorf("a failed build left %d files", len(ents2))
	}
	// No go on PATH, nothing cached: the error says what is needed.
	env.goTool = ""
	os.WriteFile(filepath.Join(evloop, "wasm", "main.go"), []byte("package main\n// no go\n"), 0o644)
	if _, err := buildFromSource(context.Background(), env, nil); err == nil || !strings.Contains(err.Error(), "go 1.26 or later, on PATH") {
		t.Errorf("err %v", err)
	}
}

// The real thing: the module built with the Go toolchain from this
// repository runs a program.
func TestBuildFromSource_repository(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm module (seconds with a warm build cache, a minute or more cold)")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	root, _ := filepath.Abs("..")
	env := systemSourceEnv()
	env.goTool, env.cacheDir = goTool, t.TempDir()
	env.getenv = func(k string) string { return map[string]string{"EVLOOP_SOURCE": root}[k] }
	var progress bytes.Buffer
	mod, err := buildFromSource(context.Background(), env, &progress)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(strings.TrimSpace(progress.String()))
	out, stderr, code, err := run(t, `setTimeout(() => console.log('timeout'), 0); process.nextTick(() => console.log('tick'))`, Config{Module: mod})
	if err != nil || code != 0 || out != "tick\ntimeout\n" {
		t.Fatalf("exit %d err %v stdout %q stderr %q", code, err, out, stderr)
	}
}
