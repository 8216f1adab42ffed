package host

import (
	"context"
	"encoding/binary"
	"net"
	"os"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/evloop/evloop/poller"
	"github.com/evloop/evloop/wasm/abi"
)

// fuzzImports are the evloop imports a guest calls, with their arity.
var fuzzImports = []struct {
	name   string
	params int
}{
	{abi.ImportFSCall, 6}, {abi.ImportAllow, 6}, {abi.ImportResolve, 6}, {abi.ImportNetListen, 3},
	{abi.ImportNetDial, 3}, {abi.ImportNetWrite, 4}, {abi.ImportNetCtl, 3}, {abi.ImportNetAddr, 3},
	{abi.ImportPollEvents, 2}, {abi.ImportESMTransform, 7}, {abi.ImportFSWatch, 3}, {abi.ImportFSUnwatch, 1},
}

// importCaller hand-assembles a guest that imports every fuzzImports
// function and exports, for each, "call_<name>" passing its arguments
// straight through, and one page of memory: the fuzzer then speaks the
// ABI as a hostile guest would, any pointer and length it likes.
func importCaller() []byte {
	leb := func(v uint32) []byte {
		var b []byte
		for {
			c := byte(v & 0x7f)
			if v >>= 7; v != 0 {
				b = append(b, c|0x80)
			} else {
				return append(b, c)
			}
		}
	}
	str := func(s string) []byte { return append(leb(uint32(len(s))), s...) }
	section := func(id byte, body []byte) []byte {
		return append(append([]byte{id}, leb(uint32(len(body)))...), body...)
	}
	n := uint32(len(fuzzImports))
	// Type i: (i32 × params of import i) -> i32.
	types := leb(n)
	imports := leb(n)
	funcs := leb(n)
	exports := leb(n + 1)
	code := leb(n)
	for i, f := range fuzzImports {
		types = append(types, 0x60)
		types = append(types, leb(uint32(f.params))...)
		for j := 0; j < f.params; j++ {
			types = append(types, 0x7f)
		}
		types = append(types, 1, 0x7f)
		imports = append(imports, str(abi.Module)...)
		imports = append(imports, str(f.name)...)
		imports = append(imports, 0x00)
		imports = append(imports, leb(uint32(i))...)
		funcs = append(funcs, leb(uint32(i))...)
		exports = append(exports, str("call_"+f.name)...)
		exports = append(exports, 0x00)
		exports = append(exports, leb(n+uint32(i))...) // after the imports
		var body []byte
		body = append(body, 0) // no locals
		for j := 0; j < f.params; j++ {
			body = append(body, 0x20)
			body = append(body, leb(uint32(j))...)
		}
		body = append(body, 0x10)
		body = append(body, leb(uint32(i))...)
		body = append(body, 0x0b)
		code = append(code, leb(uint32(len(body)))...)
		code = append(code, body...)
	}
	exports = append(exports, str("memory")...)
	exports = append(exports, 0x02, 0x00)
	out := []byte("\x00asm\x01\x00\x00\x00")
	out = append(out, section(1, types)...)
	out = append(out, section(2, imports)...)
	out = append(out, section(3, funcs)...)
	out = append(out, section(5, []byte{1, 0, 1})...) // one memory, min 1 page
	out = append(out, section(7, exports)...)
	out = append(out, section(10, code)...)
	return out
}

// callRecord is one import call in a fuzz input: an import index and
// seven arguments (each import reads as many as it takes).
const callRecord = 1 + 7*4

// FuzzHostImports is a hostile guest: it fills its memory with the input's
// bytes and calls the host's evloop imports (files, sockets, DNS, the
// ES-module transform) with whatever pointers, lengths, handles and
// requests the input says, a sequence of up to 16 calls on one program's
// host I/O. The host must answer each with a result: never panic (wazero
// would turn it into a trap), read or write outside guest memory, or hang.
// Files: only inside a temporary directory (the permission check denies
// the rest, as --allow-fs would); sockets: denied; DNS: IP literals only
// (a name would ask the network).
func FuzzHostImports(f *testing.F) {
	req := func(handle, a, b uint32, off uint64, b1, b2 string) []byte {
		r := make([]byte, abi.FSReqHeader)
		le := binary.LittleEndian
		le.PutUint32(r, handle)
		le.PutUint32(r[4:], a)
		le.PutUint32(r[8:], b)
		le.PutUint32(r[12:], uint32(len(b1)))
		le.PutUint64(r[16:], off)
		return append(append(r, b1...), b2...)
	}
	call := func(which uint8, args ...uint32) []byte {
		b := []byte{which}
		for i := 0; i < 7; i++ {
			var v uint32
			if i < len(args) {
				v = args[i]
			}
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		return b
	}
	// Seeds: open, write, read back, stat and close a file; hostile sizes.
	open := req(0, abi.OpenRDWR|abi.OpenCreate, 0o644, 0, "a.txt", "")
	write := req(1, 0, 0, 0, "hello", "")
	mem := make([]byte, 1024)
	copy(mem, open)
	copy(mem[256:], write)
	f.Add(mem, append(append(append(call(0, abi.FSOpen, 0, uint32(len(open)), 512, 64, 600),
		call(0, abi.FSWrite, 256, uint32(len(write)), 512, 64, 600)...),
		call(0, abi.FSPread, 256, uint32(len(write)), 512, 64, 600)...),
		call(0, abi.FSClose, 256, uint32(len(write)), 512, 64, 600)...))
	f.Add(mem, call(0, abi.FSOpen, 0xFFFFFFF0, 0x20, 0, 0xFFFFFFFF, 0xFFFFFFFC))
	f.Add([]byte("127.0.0.1:1"), append(call(4, 0, 11, 100), call(3, 0, 11, 100)...))
	f.Add([]byte("::1"), call(2, 0, 3, 6, 100, 200, 400))
	f.Add([]byte("export default 1"), call(9, 0, 0, 0, 16, 100, 4000, 5000))
	f.Add([]byte{}, append(call(8, 0, 65536), call(5, 7, 0, 65537, 1)...))

	ctx := context.Background()
	r := wazero.NewRuntime(ctx)
	defer r.Close(ctx)
	var cur *hostIO
	if _, err := instantiateImportsFor(ctx, r, func(api.Module) *hostIO { return cur }); err != nil {
		f.Fatal(err)
	}
	compiled, err := r.CompileModule(ctx, importCaller())
	if err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	allowed := &poller.Allow{FS: poller.OSFS{}, Dirs: []string{dir}}
	allow := func(op, target string) error {
		if op == "listen" || op == "connect" {
			return &poller.DeniedError{Op: op, Target: target, Flag: "--allow-net"}
		}
		return allowed.Check(op, target)
	}
	f.Fuzz(func(t *testing.T, memory, calls []byte) {
		if len(calls) > 16*callRecord || len(memory) > 65536 {
			return
		}
		os.RemoveAll(dir)
		os.MkdirAll(dir, 0o755)
		hio, err := newHostIO(allow, dir)
		if err != nil {
			t.Skip(err) // out of descriptors: not the input's fault
		}
		defer hio.close()
		cur = hio
		inst, err := r.InstantiateModule(ctx, compiled, wazero.NewModuleConfig().WithName(""))
		if err != nil {
			t.Fatal(err)
		}
		defer inst.Close(ctx)
		inst.Memory().Write(0, memory)
		for len(calls) >= callRecord {
			imp := fuzzImports[int(calls[0])%len(fuzzImports)]
			args := make([]uint64, imp.params)
			for i := range args {
				args[i] = uint64(binary.LittleEndian.Uint32(calls[1+4*i:]))
			}
			calls = calls[callRecord:]
			if imp.name == abi.ImportResolve {
				// Only an IP literal: a name would be a real DNS query.
				name, ok := view(inst.Memory(), uint32(args[0]), uint32(args[1]))
				if !ok || net.ParseIP(string(name)) == nil {
					continue
				}
			}
			if _, err := inst.ExportedFunction("call_"+imp.name).Call(ctx, args...); err != nil {
				t.Fatalf("%s%v: the host failed: %v", imp.name, args, err)
			}
		}
	})
}
