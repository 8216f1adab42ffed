package js

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/evloop/evloop/loop/trace"
)

// traceSites stands between the loop and the program's trace sink, adding
// what only the JS side knows: where each queued item was created (the JS
// stack at its enqueue) and where its callback is defined (Event.Src). It
// exists only when Options.Trace is set, so an untraced run pays nothing.
// Called on the loop goroutine only.
type traceSites struct {
	r    *Runtime
	sink trace.Sink
	// next is the callback site of the enqueue about to happen: the native
	// that starts a timer, immediate or tick sets it just before.
	next    string
	sources map[string]string // module file → its source, to find where functions are defined
	sites   map[*goja.Object]string
	toStr   goja.Callable // Function.prototype.toString, untouched by the program
}

func newTraceSites(r *Runtime, sink trace.Sink) *traceSites {
	return &traceSites{r: r, sink: sink, sources: map[string]string{}, sites: map[*goja.Object]string{}}
}

// Emit adds the creation stack and the callback's site to an enqueue, and
// the sender's stack to a message sent to another loop.
func (t *traceSites) Emit(e trace.Event) {
	if e.Kind == trace.Enqueue {
		if len(e.Stack) == 0 && t.r.inJS > 0 {
			e.Stack = t.r.stack()
		}
		e.Src, t.next = t.next, ""
	}
	if e.Kind == trace.Send && len(e.Stack) == 0 && t.r.inJS > 0 {
		e.Stack = t.r.stack() // where postMessage was called
	}
	t.sink.Emit(e)
}

// noteCallback records where fn is defined, for the next enqueue.
func (t *traceSites) noteCallback(fn goja.Value) {
	if t != nil {
		t.next = t.site(fn)
	}
}

// site finds where a function is defined: its source text (as
// Function.prototype.toString gives it) in the modules run so far, the
// occurrence nearest the line that is creating it now winning (two equal
// arrow functions are told apart by where they are passed). "" when it is
// not found (a native or bound function, code made by eval).
func (t *traceSites) site(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	if s, ok := t.sites[o]; ok {
		return s
	}
	if t.toStr == nil {
		fp := t.r.vm.Get("Function").ToObject(t.r.vm).Get("prototype").ToObject(t.r.vm)
		t.toStr, _ = goja.AssertFunction(fp.Get("toString"))
	}
	text := ""
	if t.toStr != nil {
		if s, err := t.toStr(o); err == nil {
			text = s.String()
		}
	}
	best := ""
	if text != "" && !strings.HasSuffix(text, "{ [native code] }") {
		hereFile, hereLine := "", 0
		if st := t.r.stack(); len(st) > 0 {
			hereFile, hereLine = splitSite(st[0])
		}
		bestScore := -1
		for file, src := range t.sources {
			base := baseName(file)
			for from, n := 0, 0; n < 50; n++ {
				i := strings.Index(src[from:], text)
				if i < 0 {
					break
				}
				line := 1 + strings.Count(src[:from+i], "\n")
				score := abs(line - hereLine)
				if base != hereFile {
					score += 1 << 30
				}
				if bestScore < 0 || score < bestScore || (score == bestScore && base+":"+strconv.Itoa(line) < best) {
					bestScore, best = score, base+":"+strconv.Itoa(line)
				}
				from += i + 1
			}
		}
	}
	t.sites[o] = best
	return best
}

// splitSite takes "name file.js:12" (Runtime.stack's form) apart.
func splitSite(frame string) (file string, line int) {
	where := frame[strings.LastIndexByte(frame, ' ')+1:]
	i := strings.LastIndexByte(where, ':')
	if i < 0 {
		return where, 0
	}
	n, _ := strconv.Atoi(where[i+1:])
	return where[:i], n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
