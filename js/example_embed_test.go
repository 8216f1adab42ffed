package js_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	jsfs "github.com/evloop/evloop/js/fs"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
)

// A script with real I/O: the os file system and the thread pool, sockets
// on epoll/kqueue — what the evloop CLI runs programs with. The permission
// check of poller.NewRealHost allows files under its directory and the
// temp dir, and sockets on loopback.
func Example_realIO() {
	dir, err := os.MkdirTemp("", "evloop-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "data.txt"), []byte("hello from disk\n"), 0o644)

	host, backend, err := poller.NewRealHost(dir)
	if err != nil {
		panic(err)
	}
	defer backend.Close()
	host.Net = poller.NewNet(backend) // without it, net fails with a clear error
	rt, err := js.New(js.Options{Stdout: os.Stdout, Cwd: dir, Host: host, Backend: backend,
		Modules: builtins.Portable()}) // node's areas beyond the core: net, crypto, zlib, ...
	if err != nil {
		panic(err)
	}
	code := rt.RunSource(filepath.Join(dir, "main.js"), `
const fs = require('fs');
const net = require('net');
fs.readFile('data.txt', 'utf8', (err, text) => {
  console.log('read:', text.trim());
  const server = net.createServer((socket) => socket.end('pong'));
  server.listen(0, '127.0.0.1', () => {
    net.connect(server.address().port, '127.0.0.1').on('data', (d) => {
      console.log('tcp:', String(d));
      server.close();
    });
  });
});`)
	fmt.Println("exit code", code)
	// Output:
	// read: hello from disk
	// tcp: pong
	// exit code 0
}

// A script on the simulated file system, on the virtual clock: what the
// page and --io=sim use. Nothing touches the disk; the pool's work takes
// the latencies given (none here), in virtual time.
func Example_simulatedFS() {
	clock := loop.NewVirtualClock(0)
	fsys := poller.NewSimFSOnClock(clock.Now)
	fsys.MkdirAll("/app", 0o755)
	fsys.WriteFile("/app/config.json", []byte(`{"name":"demo"}`), 0o644)
	host, sim := poller.NewSimHost(clock, 4, poller.Latency{}, fsys)
	rt, err := js.New(js.Options{Stdout: os.Stdout, Cwd: "/app", Clock: clock, Host: host, Backend: sim,
		Modules: jsfs.Modules()})
	if err != nil {
		panic(err)
	}
	rt.RunSource("/app/main.js", `
const fs = require('fs');
fs.readFile('config.json', 'utf8', (err, text) => {
  console.log('name:', JSON.parse(text).name);
  fs.writeFileSync('out.txt', 'written');
  console.log('files:', fs.readdirSync('.').join(' '));
});`)
	b, _ := simRead(fsys, "/app/out.txt")
	fmt.Println("the host sees:", b)
	// Output:
	// name: demo
	// files: config.json out.txt
	// the host sees: written
}

// simRead reads a file of the simulated file system from Go.
func simRead(fsys *poller.SimFS, name string) (string, error) {
	f, err := fsys.OpenFile(name, os.O_RDONLY, 0)
	if err != nil {
		return "", err
	}
	defer f.Close()
	buf := make([]byte, 100)
	n, _ := f.Read(buf)
	return string(buf[:n]), nil
}

// Capture the text trace, as evloop --trace prints it, and keep the lines
// about queues: where each item was created, when its callback ran.
func Example_traceText() {
	var out strings.Builder
	enc := trace.NewEncoder(&out, trace.Text)
	rt, err := js.New(js.Options{Stdout: os.Stdout, Clock: loop.NewVirtualClock(-1), Trace: enc})
	if err != nil {
		panic(err)
	}
	rt.RunSource("/demo/main.js", `setTimeout(function later() {
  console.log('later');
}, 5);
process.nextTick(() => console.log('tick'));`)
	enc.Close()
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, "#") || strings.Contains(line, "clock ") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// tick
	// later
	// 0.000ms  callback.start  main     #1    main script main.js
	// 0.000ms  enqueue         timers   #2    setTimeout later at main.js:1 due=5ms
	// 0.000ms  enqueue         nextTick #3    nextTick (anonymous) at main.js:4
	// 0.000ms  callback.end    main     #1    main script main.js
	// 0.000ms  dequeue         nextTick #3    nextTick (anonymous) at main.js:4
	// 0.000ms  callback.start  nextTick #3    nextTick (anonymous) at main.js:4
	// 0.000ms  callback.end    nextTick #3    nextTick (anonymous) at main.js:4
	// 5.000ms  clock                          +5.000ms waited in poll (the virtual clock jumps to the timer)
	// 5.000ms  dequeue         timers   #2    setTimeout later at main.js:1
	// 5.000ms  callback.start  timers   #2    setTimeout later at main.js:1
	// 5.000ms  callback.end    timers   #2    setTimeout later at main.js:1
	// 5.000ms  callback.start  event    #4    process 'beforeExit'
	// 5.000ms  callback.end    event    #4    process 'beforeExit'
}

// A built-in module written in Go, registered as a user's own would be:
// require('greet') returns what Load makes. Load runs on the loop
// goroutine, once, at the first require; so do the functions it exports
// when JS calls them. A function that answers later schedules its answer
// on the loop (here an immediate), never from another goroutine.
func Example_module() {
	greet := js.Module{Name: "greet", Load: func(r *js.Runtime) (goja.Value, error) {
		vm := r.VM()
		exports := vm.NewObject()
		exports.Set("hello", func(name string) string { return "hello, " + name })
		exports.Set("later", func(name string, cb goja.Callable) {
			r.Loop().SetImmediate("greet.later", func() {
				if _, err := cb(goja.Undefined(), vm.ToValue("later, "+name)); err != nil {
					fmt.Println("callback threw:", err)
				}
			})
		})
		return exports, nil
	}}
	rt, err := js.New(js.Options{Stdout: os.Stdout, Clock: loop.NewVirtualClock(0), Modules: []js.Module{greet}})
	if err != nil {
		panic(err)
	}
	rt.RunSource("/demo/main.js", `
const greet = require('greet');
greet.later('world', (s) => console.log(s));
console.log(greet.hello('world'));`)
	// Output:
	// hello, world
	// later, world
}
