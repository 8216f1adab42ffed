package host

import (
	"context"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/evloop/evloop/wasm/abi"
)

// answer is an api.Function that returns one fixed result.
type answer struct {
	api.Function
	res uint64
}

func (a answer) Call(context.Context, ...uint64) ([]uint64, error) { return []uint64{a.res}, nil }

// The host waits to the nanosecond when the module says so, and falls back
// to whole milliseconds for a module that only has evloop_next_timeout.
func TestGuest_nextWait(t *testing.T) {
	neg := func(v int64) uint64 { return uint64(v) }
	for _, tc := range []struct {
		name   string
		ns, ms api.Function
		want   time.Duration
	}{
		{"exact", answer{res: 1_500_000}, answer{res: 2}, 1500 * time.Microsecond},
		{"exact, no limit", answer{res: neg(-1)}, answer{res: 2}, -1},
		{"exact, now", answer{res: 0}, answer{res: 2}, 0},
		{"ms only", nil, answer{res: 2}, 2 * time.Millisecond},
		{"ms only, no limit", nil, answer{res: uint64(uint32(0xffffffff))}, -1},
	} {
		g := &guest{nextWaitNs: tc.ns, nextTimeout: tc.ms}
		got, err := g.nextWait(context.Background())
		if err != nil || got != tc.want {
			t.Errorf("%s: nextWait = %v, %v; want %v", tc.name, got, err, tc.want)
		}
	}
}

// The module the CLI embeds exports both waits.
func TestModule_exportsExactWait(t *testing.T) {
	wasm := needModule(t)
	ctx := context.Background()
	cache, err := wazero.NewCompilationCacheWithDir(testCache)
	if err != nil {
		t.Fatal(err)
	}
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCompilationCache(cache))
	defer r.Close(ctx)
	m, err := r.CompileModule(ctx, wasm)
	if err != nil {
		t.Fatal(err)
	}
	exports := m.ExportedFunctions()
	for name, result := range map[string]api.ValueType{abi.ExportNextWaitNs: api.ValueTypeI64, abi.ExportNextTimeout: api.ValueTypeI32} {
		f, ok := exports[name]
		if !ok {
			t.Errorf("the module does not export %s", name)
			continue
		}
		if rs := f.ResultTypes(); len(rs) != 1 || rs[0] != result || len(f.ParamTypes()) != 0 {
			t.Errorf("%s: params %v results %v; want () -> %s", name, f.ParamTypes(), rs, api.ValueTypeName(result))
		}
	}
}
