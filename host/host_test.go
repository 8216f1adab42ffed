package host

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/evloop/evloop/wasm/abi"
)

// testCache is one compilation cache for the whole test binary: compiling
// the module takes seconds, instantiating it milliseconds.
var testCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "evloop-host-test")
	if err != nil {
		panic(err)
	}
	testCache = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func needModule(t *testing.T) []byte {
	t.Helper()
	m, err := Module()
	if err != nil {
		t.Skip("the wasm module is not built (make wasm)")
	}
	return m
}

func run(t *testing.T, src string, cfg Config) (string, string, int, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cfg.Stdout, cfg.Stderr = &stdout, &stderr
	cfg.Config.Filename, cfg.Config.Source = "/main.js", src
	if cfg.CacheDir == "" {
		cfg.CacheDir = testCache
	}
	code, err := Run(context.Background(), cfg)
	return stdout.String(), stderr.String(), code, err
}

// One module instance per program; the output is node's (recorded by
// running node on the same source at test time).
func TestRun_matchesNode(t *testing.T) {
	needModule(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	src := `setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => { console.log('immediate'); process.nextTick(() => console.log('tick')); });
  Promise.resolve().then(() => console.log('promise'));
  console.log('sync'); process.exitCode = 3;
}, 1);`
	want, _ := exec.Command(node, "-e", src).Output()
	got, stderr, code, err := run(t, src, Config{})
	if err != nil || code != 3 || got != string(want) {
		t.Fatalf("code %d err %v stderr %q\ngot:\n%s\nnode:\n%s", code, err, stderr, got, want)
	}
}

func TestRun_traceAndFiles(t *testing.T) {
	needModule(t)
	var tr bytes.Buffer
	out, stderr, code, err := run(t, "const m = require('./lib.js'); console.log(m.answer)",
		Config{Config: abi.Config{Files: map[string]string{"/lib.js": "module.exports = { answer: 42 }"}}, Trace: &tr})
	if err != nil || code != 0 || out != "42\n" {
		t.Fatalf("code %d err %v out %q stderr %q", code, err, out, stderr)
	}
	if !strings.Contains(tr.String(), `"ev":"loop.end"`) {
		t.Errorf("trace lacks loop.end:\n%s", tr.String())
	}
}

func TestRun_runawayStoppedByTimeout(t *testing.T) {
	needModule(t)
	_, _, _, err := run(t, "while (true) {}", Config{Timeout: 300 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "--timeout") {
		t.Fatalf("err = %v, want a --timeout error", err)
	}
}

func TestRun_badModules(t *testing.T) {
	tests := []struct {
		name   string
		module []byte
		want   string
	}{
		{"corrupt", []byte("\x00asm\x01\x00\x00\x00garbage"), "does not compile"},
		{"not wasm", []byte("hello"), "does not compile"},
		{"another ABI version", fakeModule(2, 16, 1), "ABI 2"},
		{"hostile alloc pointer", fakeModule(abi.Version, 0xFFFFFFF0, 1), "bad buffer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, _, err := run(t, "1", Config{Module: tt.module, CacheDir: "-"})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// The guest checks every pointer the host gives it: evloop_load and
// evloop_read outside its own buffers get EFAULT, never a trap.
func TestGuest_hostilePointers(t *testing.T) {
	mod := needModule(t)
	ctx := context.Background()
	r := wazero.NewRuntime(ctx)
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	if _, err := instantiateImports(ctx, r, nil); err != nil {
		t.Fatal(err)
	}
	inst, err := r.InstantiateWithConfig(ctx, mod, wazero.NewModuleConfig().WithStartFunctions("_initialize"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := bind(inst)
	if err != nil {
		t.Fatal(err)
	}
	size := inst.Memory().Size()
	for _, tc := range []struct {
		name string
		fn   string
		args []uint64
		want int32
	}{
		{"load past memory", abi.ExportLoad, []uint64{uint64(size) - 4, 100}, int32(abi.EFAULT)},
		{"load huge length", abi.ExportLoad, []uint64{16, 1 << 30}, int32(abi.E2BIG)},
		{"load negative length", abi.ExportLoad, []uint64{16, uint64(0xFFFFFFFF)}, int32(abi.E2BIG)},
		{"read into memory it did not allocate", abi.ExportRead, []uint64{1, 8, 100}, 0},
		{"read a bad stream", abi.ExportRead, []uint64{9, 8, 100}, -int32(abi.EINVAL)},
		{"run before load", abi.ExportRun, []uint64{10}, -int32(abi.EINVAL)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := inst.ExportedFunction(tc.fn).Call(ctx, tc.args...)
			if err != nil {
				t.Fatalf("trap: %v", err)
			}
			if got := int32(res[0]); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
	_ = g
}

// fakeModule hand-assembles a module with evloop's exports in which every
// function returns a constant: version from evloop_abi_version, allocPtr from
// evloop_alloc, and other for the rest.
func fakeModule(version, allocPtr, other uint32) []byte {
	return fakeModuleTrapping(version, allocPtr, other, "")
}

// fakeModuleTrapping is fakeModule whose export named trap executes
// unreachable instead.
func fakeModuleTrapping(version, allocPtr, other uint32, trap string) []byte {
	leb := func(v uint32) []byte {
		var b []byte
		for {
			c := byte(v & 0x7f)
			v >>= 7
			if v != 0 {
				b = append(b, c|0x80)
			} else {
				return append(b, c)
			}
		}
	}
	sleb := func(v int32) []byte {
		var b []byte
		for {
			c := byte(v & 0x7f)
			v >>= 7
			if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
				return append(b, c)
			}
			b = append(b, c|0x80)
		}
	}
	section := func(id byte, body []byte) []byte {
		return append(append([]byte{id}, leb(uint32(len(body)))...), body...)
	}
	names := []string{abi.ExportABIVersion, abi.ExportAlloc, abi.ExportFree, abi.ExportLoad, abi.ExportRun, abi.ExportExitCode, abi.ExportRead}
	values := []uint32{version, allocPtr, other, other, other, other, other}
	// one type: (i32, i32, i32) -> i32; callers pass fewer args only where wazero allows, so
	// give every function the type matching its arity.
	arity := []int{0, 1, 1, 2, 1, 0, 3}
	var types []byte
	types = append(types, 4)
	for n := 0; n <= 3; n++ {
		types = append(types, 0x60, byte(n))
		for i := 0; i < n; i++ {
			types = append(types, 0x7f)
		}
		types = append(types, 1, 0x7f)
	}
	funcs := []byte{byte(len(names))}
	for _, a := range arity {
		funcs = append(funcs, byte(a))
	}
	mem := []byte{1, 0, 1}
	exports := []byte{byte(len(names) + 1)}
	for i, n := range names {
		exports = append(exports, byte(len(n)))
		exports = append(exports, n...)
		exports = append(exports, 0, byte(i))
	}
	exports = append(exports, 6, 'm', 'e', 'm', 'o', 'r', 'y', 2, 0)
	code := []byte{byte(len(names))}
	for i, v := range values {
		body := append([]byte{0, 0x41}, sleb(int32(v))...)
		if names[i] == trap {
			body = []byte{0, 0x00} // unreachable
		}
		body = append(body, 0x0b)
		code = append(code, leb(uint32(len(body)))...)
		code = append(code, body...)
	}
	out := []byte("\x00asm\x01\x00\x00\x00")
	out = append(out, section(1, types)...)
	out = append(out, section(3, funcs)...)
	out = append(out, section(5, mem)...)
	out = append(out, section(7, exports)...)
	out = append(out, section(10, code)...)
	return out
}

var _ = errors.New

// A guest that traps is a CrashError naming the trap in one line (the CLI
// prints it and exits 70), its wasm stack kept in Detail only; a stopped
// run is not a crash. Before: wazero's error, "wasm error: unreachable"
// and the wasm stack trace, printed whole by the CLI.
func TestRun_guestTrapIsACrash(t *testing.T) {
	for _, trap := range []string{abi.ExportRun, abi.ExportLoad, abi.ExportExitCode} {
		t.Run(trap, func(t *testing.T) {
			cfg := Config{Module: fakeModuleTrapping(uint32(abi.Version), 16, 0, trap), CacheDir: "-"}
			// Every other export answers 0: ESUCCESS, RunFinished, nothing to read.
			cfg.Config.Filename, cfg.Config.Source = "/main.js", "1"
			_, err := Run(context.Background(), cfg)
			var crash *CrashError
			if !errors.As(err, &crash) {
				t.Fatalf("err = %v (%T), want a CrashError", err, err)
			}
			if crash.Reason != "unreachable" || strings.Contains(crash.Error(), "\n") {
				t.Errorf("Error() = %q, want one line naming unreachable", crash.Error())
			}
			if !strings.Contains(crash.Detail, "wasm stack trace") {
				t.Errorf("Detail lacks the wasm stack: %q", crash.Detail)
			}
		})
	}
}

// FuzzRun_hostileModule: whatever a module's exports return, the host
// reports an error or an exit code; it never panics or hangs.
func FuzzRun_hostileModule(f *testing.F) {
	f.Add(uint32(abi.Version), uint32(16), uint32(1))
	f.Add(uint32(abi.Version), uint32(0xFFFFFFFF), uint32(0xFFFFFFFF))
	f.Add(uint32(abi.Version), uint32(65530), uint32(0x7FFFFFFF))
	f.Add(uint32(abi.Version), uint32(8), uint32(0))
	f.Fuzz(func(t *testing.T, version, allocPtr, other uint32) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		cfg := Config{Module: fakeModule(version, allocPtr, other), CacheDir: "-", StepsPerCall: 1}
		cfg.Config.Filename, cfg.Config.Source = "/main.js", "1"
		done := make(chan struct{})
		go func() {
			defer close(done)
			Run(ctx, cfg)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not return")
		}
	})
}

// The simulated-I/O module is a plain WASI preview1 plugin: node's built-in
// wasi module runs it too.
func TestModule_underNodeWASI(t *testing.T) {
	mod, err := os.ReadFile("wasmbin/evloop.wasm") // the plain build: not embedded
	if err != nil {
		t.Skip("the plain wasm module is not built (make wasm)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	dir := t.TempDir()
	wasmFile, script := dir+"/evloop.wasm", dir+"/run.mjs"
	if err := os.WriteFile(wasmFile, mod, 0o644); err != nil {
		t.Fatal(err)
	}
	const runner = `import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
const wasi = new WASI({ version: 'preview1', returnOnExit: true });
const { instance } = await WebAssembly.instantiate(await readFile(process.argv[2]), { wasi_snapshot_preview1: wasi.wasiImport });
wasi.initialize(instance);
const x = instance.exports;
const src = "setTimeout(() => { setImmediate(() => console.log('immediate')); setTimeout(() => console.log('timeout'), 0); process.nextTick(() => console.log('tick')); }, 1)";
const cfg = new TextEncoder().encode(JSON.stringify({ filename: '/main.js', source: src }));
const p = x.evloop_alloc(cfg.length);
new Uint8Array(x.memory.buffer, p, cfg.length).set(cfg);
if (x.evloop_load(p, cfg.length) !== 0) throw new Error('load failed');
while (x.evloop_run(1000) === 1) {}
const buf = x.evloop_alloc(65536);
let n;
while ((n = x.evloop_read(1, buf, 65536)) > 0) process.stdout.write(new Uint8Array(x.memory.buffer, buf, n));
process.stdout.write('exit ' + x.evloop_exit_code() + '\n');
`
	if err := os.WriteFile(script, []byte(runner), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, "--no-warnings", script, wasmFile).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("node: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	if got, want := string(out), "tick\nimmediate\ntimeout\nexit 0\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// The embedded module has no esbuild: the host transforms its ES modules
// (esm_transform), in simulated runs too, and a syntax error reads as the
// native engine's.
func TestRun_esModulesTransformedByHost(t *testing.T) {
	needModule(t)
	files := map[string]string{"/lib.mjs": "export const answer = 42;\nexport default 'lib';\n"}
	var stdout, stderr bytes.Buffer
	code, err := Run(context.Background(), Config{Config: abi.Config{Filename: "/main.mjs",
		Source: "import name, { answer } from './lib.mjs';\nawait null;\nconsole.log(name, answer);\n", Files: files},
		Stdout: &stdout, Stderr: &stderr, CacheDir: testCache})
	if err != nil || code != 0 || stdout.String() != "lib 42\n" {
		t.Fatalf("code %d err %v stdout %q stderr %q", code, err, stdout.String(), stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	code, err = Run(context.Background(), Config{Config: abi.Config{Filename: "/bad.mjs", Source: "export const = 1;\n"},
		Stdout: &stdout, Stderr: &stderr, CacheDir: testCache})
	if err != nil || code != 1 || !strings.Contains(stderr.String(), "SyntaxError") || !strings.Contains(stderr.String(), "/bad.mjs:1") {
		t.Fatalf("code %d err %v stdout %q stderr %q", code, err, stdout.String(), stderr.String())
	}
}

// esm_transform checks the guest's pointers: EFAULT, never a trap, and
// ENOBUFS with the size it needs when the room is short.
func TestESMTransform_checksGuestMemory(t *testing.T) {
	ctx := context.Background()
	r := wazero.NewRuntime(ctx)
	defer r.Close(ctx)
	mem := newTestMemory(t, ctx, r)
	src := "export default 1;\n"
	mem.Write(100, []byte(src))
	size := mem.Size()
	for _, tc := range []struct {
		name string
		args []uint64
		want abi.Errno
	}{
		{"source past memory", []uint64{0, 0, uint64(size) - 4, 100, 1000, 4096, 996}, abi.EFAULT},
		{"output past memory", []uint64{0, 0, 100, uint64(len(src)), uint64(size) - 8, 4096, 996}, abi.EFAULT},
		{"length pointer past memory", []uint64{0, 0, 100, uint64(len(src)), 1000, 4096, uint64(size) - 2}, abi.EFAULT},
		{"no room", []uint64{0, 0, 100, uint64(len(src)), 1000, 8, 996}, abi.ENOBUFS},
		{"room", []uint64{0, 0, 100, uint64(len(src)), 1000, 16384, 996}, abi.ESUCCESS},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := abi.Errno(esmTransform(mem, tc.args)); got != tc.want {
				t.Fatalf("errno %v, want %v", got, tc.want)
			}
			if tc.want == abi.ENOBUFS || tc.want == abi.ESUCCESS {
				n, _ := mem.ReadUint32Le(996)
				if n <= 8 {
					t.Fatalf("result length %d", n)
				}
			}
		})
	}
}

// newTestMemory is one page of guest memory, from a module that only has it.
func newTestMemory(t *testing.T, ctx context.Context, r wazero.Runtime) api.Memory {
	t.Helper()
	// (module (memory (export "memory") 1))
	mod := []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3, 1, 0, 1, 7, 10, 1, 6, 'm', 'e', 'm', 'o', 'r', 'y', 2, 0}
	inst, err := r.Instantiate(ctx, mod)
	if err != nil {
		t.Fatal(err)
	}
	return inst.Memory()
}

// Module's bytes are the embedded file's, read in place: the same bytes
// ReadFile copies.
func TestModule_embeddedInPlace(t *testing.T) {
	want, err := wasmbin.ReadFile(moduleName)
	if err != nil {
		t.Skip("the wasm module is not built (make wasm)")
	}
	if got := embeddedBytes(wasmbin, moduleName); !bytes.Equal(got, want) {
		t.Fatalf("embeddedBytes: %d bytes, want the %d ReadFile gives (has embed.FS's layout changed?)", len(got), len(want))
	}
	if got := embeddedBytes(wasmbin, "wasmbin/embedded/README.md"); got == nil || !bytes.Contains(got, []byte("make wasm")) {
		t.Fatalf("README.md read as %q", got)
	}
	if embeddedBytes(wasmbin, "wasmbin/embedded/nothing") != nil || embeddedBytes(embed.FS{}, moduleName) != nil {
		t.Fatal("bytes for a file that is not there")
	}
}

// pruneCache keeps the newest entries of wazero's cache layout and touches
// nothing else.
func TestPruneCache(t *testing.T) {
	dir := t.TempDir()
	key := func(c byte) string { return strings.Repeat(string(c), 64) }
	now := time.Now()
	files := map[string]time.Duration{ // path → age
		"wazero-v1.11.0-amd64-linux/" + key('a'): 5 * time.Hour,
		"wazero-v1.12.0-amd64-linux/" + key('b'): 4 * time.Hour,
		"wazero-v1.12.0-amd64-linux/" + key('c'): 3 * time.Hour,
		"wazero-v1.12.0-amd64-linux/" + key('d'): 2 * time.Hour,
		"wazero-v1.12.0-amd64-linux/" + key('e'): time.Hour,
		"wazero-v1.12.0-amd64-linux/notes.txt":   10 * time.Hour,
		"other/" + key('f'):                      10 * time.Hour,
	}
	for name, age := range files {
		p := dir + "/" + name
		if err := os.MkdirAll(p[:strings.LastIndex(p, "/")], 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	pruneCache(dir, 2)
	for name := range files {
		_, err := os.Stat(dir + "/" + name)
		gone := err != nil
		wantGone := strings.HasSuffix(name, key('a')) || strings.HasSuffix(name, key('b')) || strings.HasSuffix(name, key('c'))
		if gone != wantGone {
			t.Errorf("%s: removed %v, want %v", name, gone, wantGone)
		}
	}
	pruneCache("", 2) // no cache: nothing to do
}

// An Engine compiles once and runs many programs, concurrently too, each
// in its own instance with its own imports: simulated and real I/O, and
// the same output as Run.
func TestEngine_manyPrograms(t *testing.T) {
	needModule(t)
	e := NewEngine(Config{CacheDir: testCache})
	defer e.Close(context.Background())
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/data.txt", []byte("from the host"), 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		out  string
		code int
		err  error
	}
	progs := []struct {
		cfg  Config
		want string
	}{
		{Config{Config: abi.Config{Filename: "/a.js", Source: "process.nextTick(() => console.log('a'))"}}, "a\n"},
		{Config{Config: abi.Config{Filename: "/b.mjs", Source: "import { x } from './x.mjs'; console.log(x)", Files: map[string]string{"/x.mjs": "export const x = 'b';"}}}, "b\n"},
		{Config{Config: abi.Config{Filename: dir + "/c.js", IO: "real",
			Source: "require('fs').readFile(__dirname + '/data.txt', 'utf8', (e, s) => console.log(e || s))"}}, "from the host\n"},
	}
	results := make([]chan result, 2*len(progs))
	for i := range results {
		results[i] = make(chan result, 1)
		go func(i int) {
			var out bytes.Buffer
			cfg := progs[i%len(progs)].cfg
			cfg.Stdout = &out
			code, err := e.Run(context.Background(), cfg)
			results[i] <- result{out.String(), code, err}
		}(i)
	}
	for i, ch := range results {
		r := <-ch
		if want := progs[i%len(progs)].want; r.err != nil || r.code != 0 || r.out != want {
			t.Errorf("program %d: code %d err %v out %q, want %q", i, r.code, r.err, r.out, want)
		}
	}
	// A Timeout gets its own runtime (other code); a runaway still stops.
	_, err := e.Run(context.Background(), Config{Config: abi.Config{Filename: "/loop.js", Source: "while (true) {}"}, Timeout: 300 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "--timeout") {
		t.Fatalf("err = %v, want a --timeout error", err)
	}
	e.Close(context.Background())
	if _, err := e.Run(context.Background(), progs[0].cfg); err == nil {
		t.Fatal("Run after Close: no error")
	}
}

// What a runaway program printed before it spun is kept, whether a Timeout
// or the caller's ctx stops it: the guest echoes its output as it writes it
// (a stopped instance cannot be drained). Before, both runs printed nothing.
func TestRun_stoppedRunKeepsOutput(t *testing.T) {
	needModule(t)
	// The spin ends after 3 s: without a Timeout the guest cannot be stopped
	// mid-call (no WithCloseOnContextDone), so Run returns and leaves it to
	// end in the background, and a guest that never returned would block
	// this test binary's garbage collector for good.
	src := "console.log('before'); console.error('to stderr'); const t0 = Date.now(); while (Date.now() - t0 < 30000) {}"
	for _, io := range []string{"sim", "real"} {
		for _, how := range []string{"Timeout", "ctx"} {
			t.Run(io+"/"+how, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				cfg := Config{Config: abi.Config{Filename: filepath.Join(t.TempDir(), "main.js"), Source: src, IO: io, Clock: "real"},
					Stdout: &stdout, Stderr: &stderr, CacheDir: testCache}
				ctx := context.Background()
				if how == "Timeout" {
					// Long enough for the guest to start and print on a
					// busy machine (1 s was missed at load 12); the
					// program runs on for 30 s, so the stop is the Timeout.
					cfg.Timeout = 6 * time.Second
				} else {
					// Cancelled once the program has printed to stderr, so
					// that a slow compile does not count.
					var cancel context.CancelFunc
					ctx, cancel = context.WithCancel(ctx)
					defer cancel()
					cfg.Stderr = cancelAfterWrite{&stderr, cancel}
				}
				_, err := Run(ctx, cfg)
				if err == nil {
					t.Fatal("the runaway was not stopped")
				}
				if stdout.String() != "before\n" || stderr.String() != "to stderr\n" {
					t.Errorf("stdout %q stderr %q, want what the program printed before it spun", stdout.String(), stderr.String())
				}
			})
		}
	}
}

// cancelAfterWrite writes to w, then cancels.
type cancelAfterWrite struct {
	w      io.Writer
	cancel context.CancelFunc
}

func (c cancelAfterWrite) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.cancel()
	return n, err
}

// The guest's Go runtime dying (here: out of its memory limit) is a
// CrashError that says why in one line; the runtime's goroutine dump
// stays out of the program's stderr (it is in Detail), and what the
// program printed before is kept when it was echoed as written (a ctx
// that can end: the CLI's). Both ways output leaves the guest are run:
// echoed, and read by the host between calls.
// Before: the dump on stderr and "wasm error: unreachable" with the
// wasm stack.
func TestRun_guestOutOfMemoryIsOneLine(t *testing.T) {
	needModule(t)
	for _, echo := range []bool{true, false} {
		t.Run(map[bool]string{true: "echoed", false: "read"}[echo], func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			// 128 MiB: room for the runtime to start and print, little to fill.
			cfg := Config{Stdout: &stdout, Stderr: &stderr, MaxMemoryPages: 2048, CacheDir: testCache}
			cfg.Config.Filename = "/main.js"
			cfg.Config.Source = "console.log('hi'); console.error('err'); const a = []; for (;;) a.push({ n: a.length, s: 'x' + a.length });"
			ctx := context.Background()
			if echo {
				var cancel context.CancelFunc
				ctx, cancel = context.WithCancel(ctx)
				defer cancel()
			}
			_, err := Run(ctx, cfg)
			var crash *CrashError
			if !errors.As(err, &crash) {
				t.Fatalf("err = %v, want a CrashError", err)
			}
			// "out of memory", or "runtime: cannot allocate memory" when
			// the Go runtime asks for more than is left in one piece.
			if !strings.HasPrefix(crash.Reason, "fatal error: ") || !strings.Contains(crash.Reason, "memory") {
				t.Errorf("Reason %q", crash.Reason)
			}
			if !strings.Contains(crash.Detail, "goroutine ") {
				t.Errorf("Detail lacks the runtime's report: %.300q", crash.Detail)
			}
			// Read output (a run that cannot be stopped) waits in the guest
			// for the call to return, and a dead guest cannot be read: only
			// echoed output (the CLI's) is kept.
			if echo && (stdout.String() != "hi\n" || stderr.String() != "err\n") {
				t.Errorf("stdout %q stderr %.500q", stdout.String(), stderr.String())
			}
		})
	}
}
