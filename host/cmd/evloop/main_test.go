package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func writeScript(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Bad input gets a clear error and node's exit code, never a Go panic.
func TestRun_badInput(t *testing.T) {
	tests := []struct {
		name       string
		src        string // "" means: the file does not exist
		args       []string
		wantCode   int
		wantStdout string
		wantErr    string // a substring of stderr
	}{
		{name: "missing file", wantCode: 1, wantErr: "Error: Cannot find module '"},
		{name: "syntax error names file:line:col", src: "const a = 1;\nconst b = ;\n", wantCode: 1, wantErr: "SyntaxError"},
		{name: "throw inside a callback", src: "console.log('a'); setTimeout(() => { throw new Error('boom') }, 1);",
			wantCode: 1, wantStdout: "a\n", wantErr: "Error: boom"},
		{name: "process.exit inside nextTick", src: "process.nextTick(() => process.exit(3)); Promise.resolve().then(() => console.log('never'));",
			wantCode: 3},
		{name: "runaway recursion is a RangeError", src: "function f() { return f() + 1 } f()", wantCode: 1,
			wantErr: "RangeError: Maximum call stack size exceeded"},
		{name: "endless nextTick on the virtual clock", src: "function t() { process.nextTick(t) } t()",
			args: []string{"--clock=virtual", "--max-ticks=10000"}, wantCode: 1, wantErr: "--max-ticks"},
		{name: "endless promise chain on the virtual clock", src: "function p() { Promise.resolve().then(p) } p()",
			args: []string{"--clock=virtual", "--max-microtasks=10000"}, wantCode: 1, wantErr: "--max-microtasks"},
		{name: "endless promise chain on the virtual clock, default bound", src: "function p() { Promise.resolve().then(p) } p()",
			args: []string{"--clock=virtual"}, wantCode: 1, wantErr: "--max-microtasks"},
		{name: "endless nextTick chain on the virtual clock, default bound", src: "function t() { process.nextTick(t) } t()",
			args: []string{"--clock=virtual"}, wantCode: 1, wantErr: "--max-ticks"},
		{name: "endless setImmediate chain bounded", src: "function i() { setImmediate(i) } i()",
			args: []string{"--max-callbacks=1000"}, wantCode: 1, wantErr: "--max-callbacks"},
		{name: "while(true) stopped by --timeout", src: "while (true) {}", args: []string{"--timeout=200ms"},
			wantCode: 1, wantErr: "--timeout"},
		{name: "unknown flag", src: "1", args: []string{"--frobnicate"}, wantCode: 9, wantErr: "frobnicate"},
		{name: "bad clock", src: "1", args: []string{"--clock=sundial"}, wantCode: 9, wantErr: "--clock"},
		{name: "unhandled rejection exits 1", src: "console.log('x'); Promise.reject(new Error('nope'))",
			wantCode: 1, wantStdout: "x\n", wantErr: "Error: nope"},
		{name: "a terabyte ArrayBuffer is node's RangeError", src: "new ArrayBuffer(1e12)",
			wantCode: 1, wantErr: "RangeError: Array buffer allocation failed"},
		{name: "a typed array past V8's length", src: "new Uint8Array(1e10)",
			wantCode: 1, wantErr: "RangeError: Invalid typed array length: 10000000000"},
		{name: "a Buffer past what the heap limit has left is node's RangeError, not heap out of memory",
			src:  "try { Buffer.alloc(2 ** 28) } catch (e) { console.log(e.name, e.message) } try { Buffer.concat([Buffer.alloc(1)], 2 ** 28) } catch (e) { console.log(e.message) }",
			args: []string{"--max-old-space-size=64"}, wantCode: 0,
			wantStdout: "RangeError Array buffer allocation failed\nArray buffer allocation failed\n"},
		{name: "a zlib stream's _transform called beside its own writes, not a crash on the thread pool",
			src: "const zlib = require('zlib'); for (const C of [zlib.Gzip, zlib.Deflate, zlib.DeflateRaw]) for (let i = 0; i < 30; i++) {" +
				" const g = new C(); g.on('error', () => {}); for (let j = 0; j < 4; j++) { g._transform(Buffer.alloc(1000, j), 'buffer', () => {});" +
				" g._final(() => {}); g.write('abc'); } g.end(); } setTimeout(() => console.log('ok'), 100);",
			wantCode: 0, wantStdout: "ok\n"},
		{name: "an endless array push ends as node's heap out of memory", src: "process.on('exit', () => console.log('no exit event')); const a = []; for (;;) a.push({ n: a.length });",
			args: []string{"--max-old-space-size=64"}, wantCode: 134, wantErr: "JavaScript heap out of memory"},
		{name: "a string doubled forever ends as node's heap out of memory, not a Go trace",
			src:  "process.on('exit', () => console.log('no exit event')); let s = 'x'; for (;;) s += s;",
			args: []string{"--max-old-space-size=64"}, wantCode: 134, wantErr: "JavaScript heap out of memory"},
		{name: "a throw in an 'exit' listener exits 1", src: "process.on('exit', () => { throw new Error('late') })",
			wantCode: 1, wantErr: "Error: late"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "missing.js")
			if tt.src != "" {
				file = writeScript(t, "main.js", tt.src)
			}
			var stdout, stderr bytes.Buffer
			args := append([]string{"run"}, tt.args...)
			code := run(append(args, file), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, tt.wantCode, stderr.String())
			}
			if tt.wantStdout != "" && stdout.String() != tt.wantStdout {
				t.Errorf("stdout %q, want %q", stdout.String(), tt.wantStdout)
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.wantErr)
			}
			for _, bad := range []string{"goroutine ", "panic:", "fatal error:", ".go:", "internal error:"} {
				if strings.Contains(stderr.String(), bad) {
					t.Errorf("stderr shows a Go panic or Go source position (%q):\n%s", bad, stderr.String())
				}
			}
		})
	}
}

func TestRun_eval(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"-e", "setImmediate(() => console.log('check')); process.nextTick(() => console.log('tick')); console.log(process.argv.length)", "x"}, &stdout, &stderr)
	if code != 0 || stdout.String() != "2\ntick\ncheck\n" {
		t.Errorf("code %d stdout %q stderr %q", code, stdout.String(), stderr.String())
	}
}

// Code given with -e is node's [eval] module: no require.main, __filename
// "[eval]" in directory ".", no parent (what node 20 prints).
func TestRun_evalModule(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"-e", "console.log(__filename, __dirname, module.id, module.path, require.main === undefined, module.parent)"}, &stdout, &stderr)
	if code != 0 || stdout.String() != "[eval] . [eval] . true undefined\n" {
		t.Errorf("code %d stdout %q stderr %q", code, stdout.String(), stderr.String())
	}
}

// The JSON trace is one valid object per line; the Chrome trace is one JSON document.
func TestRun_traceFormats(t *testing.T) {
	file := writeScript(t, "main.js", "setTimeout(() => console.log('t'), 1); setImmediate(() => {}); Promise.resolve().then(() => {})")
	for _, format := range []string{"json", "chrome", "text"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "trace")
			var stdout, stderr bytes.Buffer
			if code := run([]string{"run", "--clock=virtual", "--trace=" + format, "--trace-out", out, file}, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			switch format {
			case "json":
				lines := strings.Split(strings.TrimSpace(string(b)), "\n")
				if len(lines) < 20 {
					t.Fatalf("only %d events", len(lines))
				}
				for i, l := range lines {
					var m map[string]any
					if err := json.Unmarshal([]byte(l), &m); err != nil {
						t.Fatalf("line %d: %v: %s", i+1, err, l)
					}
					if m["ev"] == nil {
						t.Fatalf("line %d has no ev: %s", i+1, l)
					}
				}
			case "chrome":
				var doc struct{ TraceEvents []map[string]any }
				if err := json.Unmarshal(b, &doc); err != nil {
					t.Fatalf("chrome trace is not JSON: %v", err)
				}
				if len(doc.TraceEvents) < 20 {
					t.Fatalf("only %d trace events", len(doc.TraceEvents))
				}
			case "text":
				if !strings.Contains(string(b), "── timers") || !strings.Contains(string(b), "setTimeout") {
					t.Fatalf("text trace lacks phases or the timer:\n%s", b)
				}
			}
		})
	}
}

func TestPageHandler_wasmContentType(t *testing.T) {
	site := fstest.MapFS{"index.html": {Data: []byte("<h1>evloop</h1>")}, "evloop.wasm": {Data: []byte("\x00asm")}}
	srv := httptest.NewServer(pageHandler(site))
	defer srv.Close()
	for path, want := range map[string]string{"/evloop.wasm": "application/wasm", "/": "text/html; charset=utf-8"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("%s: Content-Type %q, want %q", path, got, want)
		}
	}
}

// --timeout also stops a script that is only waiting (a long timer).
func TestRun_timeoutWhileWaiting(t *testing.T) {
	file := writeScript(t, "main.js", "setTimeout(() => console.log('late'), 60000)")
	var stdout, stderr bytes.Buffer
	code := run([]string{"run", "--timeout=200ms", file}, &stdout, &stderr)
	if code != 1 || stdout.Len() != 0 || !strings.Contains(stderr.String(), "--timeout") {
		t.Errorf("code %d stdout %q stderr %q", code, stdout.String(), stderr.String())
	}
}

// A file the page keeps gzipped is served as is to a browser that takes
// gzip, unpacked for one that does not, with its own content type.
func TestPageHandler_gzippedWasm(t *testing.T) {
	wasm := []byte("\x00asm\x01\x00\x00\x00 the module")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(wasm)
	zw.Close()
	site := fstest.MapFS{"index.html": {Data: []byte("<h1>evloop</h1>")}, "evloop.wasm.gz": {Data: gz.Bytes()}}
	srv := httptest.NewServer(pageHandler(site))
	defer srv.Close()
	for _, tc := range []struct {
		accept, wantEncoding string
		wantBody             []byte
	}{
		{"gzip, deflate, br", "gzip", gz.Bytes()},
		{"br;q=1.0, gzip;q=0.5", "gzip", gz.Bytes()},
		{"", "", wasm},
		{"gzip;q=0", "", wasm},
		{"identity", "", wasm},
	} {
		req, _ := http.NewRequest("GET", srv.URL+"/evloop.wasm", nil)
		req.Header.Set("Accept-Encoding", tc.accept)
		resp, err := http.DefaultTransport.RoundTrip(req) // no transparent gunzip
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != tc.wantEncoding ||
			resp.Header.Get("Content-Type") != "application/wasm" || !bytes.Equal(body, tc.wantBody) {
			t.Errorf("Accept-Encoding %q: %d, encoding %q, type %q, %d bytes", tc.accept, resp.StatusCode,
				resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Type"), len(body))
		}
	}
	resp, err := http.Get(srv.URL + "/missing.wasm")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("missing file: %d", resp.StatusCode)
	}
}

// --timeout stops a program whose workers never end (one busy, one
// waiting) and, on the simulation, a forked child that never ends: the
// run ends with the timeout's message and code 1, no Go trace, and none
// of their goroutines is left once run returns (issue 19's bad input).
func TestRun_timeoutWithWorkersThatNeverEnd(t *testing.T) {
	src := `
const { Worker } = require('worker_threads');
const { fork } = require('child_process');
if (process.argv[2] === 'child') { setInterval(() => {}, 5); }
else {
  new Worker('for (;;) {}', { eval: true });
  new Worker('setInterval(() => {}, 10)', { eval: true });
  if (process.argv[2] === 'sim') fork(__filename, ['child']);
  console.log('started');
}
`
	file := writeScript(t, "main.js", src)
	for _, mode := range []string{"real", "sim"} {
		t.Run(mode, func(t *testing.T) {
			// The process's one signal goroutine starts with the first real
			// host and stays: a first run starts it before the count.
			var sink bytes.Buffer
			_ = run([]string{"run", "--io=" + mode, "-e", "0"}, &sink, &sink)
			before := runtime.NumGoroutine()
			var stdout, stderr bytes.Buffer
			code := run([]string{"run", "--io=" + mode, "--timeout=2s", file, mode}, &stdout, &stderr)
			if code != 1 || stdout.String() != "started\n" || !strings.Contains(stderr.String(), "ran longer than --timeout") {
				t.Errorf("code %d stdout %q stderr %q", code, stdout.String(), stderr.String())
			}
			for _, crash := range []string{"panic:", "fatal error:", "goroutine "} {
				if strings.Contains(stderr.String(), crash) {
					t.Errorf("stderr shows a Go crash (%q):\n%s", crash, stderr.String())
				}
			}
			n := runtime.NumGoroutine()
			for i := 0; i < 1000 && n > before; i++ {
				time.Sleep(time.Millisecond) // a reactor's goroutine returns from its last wait
				n = runtime.NumGoroutine()
			}
			if n > before {
				buf := make([]byte, 1<<16)
				t.Errorf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
			}
		})
	}
}

// The main script is found as node's `node PATH` finds it: PATH.js, a
// directory's package.json "main" or index.js. process.argv[1] stays the
// path as given; __filename is the file.
func TestRun_mainResolution(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"app/index.js":      "console.log('index', require('path').relative(__dirname, process.argv[1]) || '.')",
		"lib/start.js":      "console.log('start', require('path').basename(process.argv[1]))",
		"pkg/package.json":  `{"main": "src/main"}`,
		"pkg/src/main.js":   "console.log('pkg main', require('path').basename(__filename))",
		"empty/readme.txt":  "",
		"both/index.js":     "console.log('wrong')",
		"both/package.json": `{"main": "lib"}`,
		"both/lib/index.js": "console.log('main dir index')",
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		path, want string
		code       int
	}{
		{"app", "index .\n", 0},
		{"lib/start", "start start\n", 0},
		{"pkg", "pkg main main.js\n", 0},
		{"both", "main dir index\n", 0},
		{"empty", "", 1},
		{"missing", "", 1},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run([]string{"run", filepath.Join(dir, tt.path)}, &stdout, &stderr)
		if code != tt.code || stdout.String() != tt.want {
			t.Errorf("evloop %s: exit %d, stdout %q; want %d, %q (stderr %s)", tt.path, code, stdout.String(), tt.code, tt.want, stderr.String())
		}
	}
}
