package js

import (
	"sync"
	"testing"
)

// A library is compiled once per process however many runtimes (or
// goroutines) ask for it, and a compile error is returned, not cached as a
// program.
func TestLibProgram_compiledOnce(t *testing.T) {
	src := []byte("exports.x = 1;")
	var wg sync.WaitGroup
	got := make([]any, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			prg, err := libProgram("test_once.js", src)
			if err != nil {
				t.Error(err)
			}
			got[i] = prg
		}()
	}
	wg.Wait()
	for i := range got {
		if got[i] == nil || got[i] != got[0] {
			t.Fatalf("runtime %d got program %p, want the shared %p", i, got[i], got[0])
		}
	}
	if prg, err := libProgram("test_bad.js", []byte("function (")); err == nil || prg != nil {
		t.Fatalf("a syntax error compiled: %v, %v", prg, err)
	}
}

// Two runtimes share the compiled bootstrap but not its state.
func TestLibProgram_runtimesStayApart(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.vm.RunString("process.title = 'changed'; globalThis.mark = 1"); err != nil {
		t.Fatal(err)
	}
	v, err := b.vm.RunString("typeof mark + ' ' + (process.title === 'changed')")
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "undefined false" {
		t.Fatalf("state leaked between runtimes: %s", v)
	}
}
