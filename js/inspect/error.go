package inspect

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/trywrap"
)

// stackOf is node's getStackString, with goja's frame layout rewritten to
// V8's: goja writes "\n\tat f (file:1:2(3))" and ends with a newline, node
// expects "\n    at " before every frame, which is also how it tells frames
// from the message.
func (s *inspector) stackOf(o *goja.Object) string {
	if st := o.Get("stack"); st != nil && st.ToBoolean() {
		return normalizeStack(jsToString(st), s.opts.Frames)
	}
	return call(s.in.more().errorToString, o).String()
}

func normalizeStack(st string, frames FrameColumns) string {
	if !strings.Contains(st, "\n\tat ") {
		return st
	}
	st = strings.TrimRight(st, "\n")
	// evloop's own frames (the Go natives that call back into JS, and the
	// one-line trampoline every callback enters through) are node's
	// internals: node's equivalents are its lib frames, which a user's
	// stack shows but which no program can depend on. Drop them.
	lines := strings.Split(trywrap.MergeFrames(st), "\n")
	kept := lines[:0]
	for _, l := range lines {
		if strings.HasPrefix(l, "\tat ") && (strings.Contains(l, "github.com/evloop/") || strings.HasPrefix(l, "\tat enter (<eval>")) {
			continue
		}
		kept = append(kept, l)
	}
	st = strings.Join(kept, "\n")
	st = strings.ReplaceAll(st, "\n\tat ", "\n    at ")
	// goja appends the bytecode offset to a position, file:1:2(3); V8
	// prints file:1:2.
	st = gojaPC().ReplaceAllString(st, ":$1:$2")
	if frames != nil {
		lines := strings.Split(st, "\n")
		for i, l := range lines {
			if !strings.HasPrefix(l, "    at ") {
				continue
			}
			m := frameEnd().FindStringSubmatchIndex(l)
			if m == nil {
				continue
			}
			file := l[len("    at "):m[0]]
			if j := strings.LastIndex(file, " ("); j >= 0 {
				file = file[j+2:]
			}
			line, _ := strconv.Atoi(l[m[2]:m[3]])
			col, _ := strconv.Atoi(l[m[4]:m[5]])
			if c := frames.FrameColumn(file, line, col); c != col {
				lines[i] = l[:m[4]] + strconv.Itoa(c) + l[m[5]:]
			}
		}
		st = strings.Join(lines, "\n")
	}
	return st
}

// frameEnd is a frame's ":line:column" at the end of its line.
var frameEnd = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`:(\d+):(\d+)\)?$`) })

var gojaPC = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`:(\d+):(\d+)\(\d+\)`) })

// formatError is node's formatError: the stack (or the message in brackets
// when there is none), renamed after the constructor, with own properties
// already shown by the stack dropped from keys.
func (s *inspector) formatError(o *goja.Object, ctor string, hasCtor bool, tag string, keys []propKey) (string, []propKey) {
	name := "Error"
	if n := o.Get("name"); n != nil && !goja.IsUndefined(n) && !goja.IsNull(n) {
		name = jsToString(n)
	}
	stack := s.stackOf(o)

	// removeDuplicateErrorKeys
	if !s.opts.ShowHidden && len(keys) != 0 {
		for _, field := range []string{"name", "message", "stack"} {
			for i, k := range keys {
				if k.sym == nil && k.name == field {
					if strings.Contains(stack, jsToString(o.Get(field))) {
						keys = append(keys[:i:i], keys[i+1:]...)
					}
					break
				}
			}
		}
	}
	hasKey := func(name string) bool {
		for _, k := range keys {
			if k.sym == nil && k.name == name {
				return true
			}
		}
		return false
	}
	if o.Get("cause") != nil && !hasKey("cause") {
		keys = append(keys, propKey{name: "cause"})
	}
	if errs, ok := o.Get("errors").(*goja.Object); ok && errs.ClassName() == "Array" && !hasKey("errors") {
		keys = append(keys, propKey{name: "errors"})
	}

	stack = improveStack(stack, ctor, hasCtor, name, tag)

	// The message may itself contain "\n    at"; frames start after it.
	pos := -1
	if m := o.Get("message"); m != nil && m.ToBoolean() {
		msg := jsToString(m)
		if p := strings.Index(stack, msg); p > 0 {
			pos = p + len(msg)
		}
	}
	from := max(pos, 0)
	stackStart := -1
	if from <= len(stack) {
		if i := strings.Index(stack[from:], "\n    at"); i >= 0 {
			stackStart = from + i
		}
	}
	if stackStart == -1 {
		stack = "[" + stack + "]"
	} else {
		head := stack[:stackStart]
		frames := strings.Split(stack[stackStart+1:], "\n")
		frames = s.elideCauseFrames(o, frames)
		stack = head + "\n" + strings.Join(frames, "\n")
	}
	if s.indent != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+spaces(s.indent))
	}
	return stack, keys
}

// improveStack is node's improveStack: make the first line name the
// constructor when it differs from err.name.
func improveStack(stack, ctor string, hasCtor bool, name, tag string) string {
	l := len(name)
	if !hasCtor || strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == l || stack[l] == ':' || stack[l] == '\n') {
		fallback := "Error"
		if !hasCtor {
			fallback = nullProtoErrorName(stack)
			l = len(fallback)
			if fallback == "" {
				fallback = "Error"
			}
		}
		pre := strings.TrimSuffix(prefix(ctor, hasCtor, tag, fallback, ""), " ")
		if name != pre {
			if strings.Contains(pre, name) {
				if l == 0 {
					stack = pre + ": " + stack
				} else {
					stack = pre + stack[l:]
				}
			} else {
				stack = pre + " [" + name + "]" + stack[l:]
			}
		}
	}
	return stack
}

// nullProtoErrorName finds the error name at the start of a stack, node's
// /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/.
func nullProtoErrorName(stack string) string {
	if stack != "" && stack[0] >= 'A' && stack[0] <= 'Z' {
		i := 1
		for i < len(stack) && isNameChar(stack[i]) {
			i++
		}
		if i > 1 && (strings.HasPrefix(stack[i:], ":") || strings.HasPrefix(stack[i:], "\n    at")) {
			return stack[:i]
		}
		// The character class is greedy and may have eaten a space before ':'.
	}
	if strings.HasSuffix(stack, "Error") && !strings.ContainsAny(stack, " \n:") {
		return stack
	}
	return ""
}

func isNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte("_ []()-", c) >= 0
}

// elideCauseFrames is the cause part of node's getStackFrames: frames shared
// with err.cause's stack are collapsed into one line.
func (s *inspector) elideCauseFrames(o *goja.Object, frames []string) []string {
	var cause goja.Value
	if ex := s.rt.Try(func() { cause = o.Get("cause") }); ex != nil {
		return frames
	}
	co, ok := cause.(*goja.Object)
	if !ok || !s.isError(co) {
		return frames
	}
	causeStack := s.stackOf(co)
	i := strings.Index(causeStack, "\n    at")
	if i == -1 {
		return frames
	}
	causeFrames := strings.Split(causeStack[i+1:], "\n")
	length, offset := identicalSequenceRange(frames, causeFrames)
	if length > 0 {
		skipped := length - 2
		msg := s.stylize("    ... "+itoa(skipped)+" lines matching cause stack trace ...", styleUndefined)
		out := append([]string{}, frames[:offset+1]...)
		out = append(out, msg)
		frames = append(out, frames[offset+1+skipped:]...)
	}
	return frames
}

func identicalSequenceRange(a, b []string) (length, offset int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, x := range b {
			if x == a[i] {
				pos = j
				break
			}
		}
		if pos != -1 {
			rest := len(b) - pos
			if rest > 3 {
				l := 1
				maxLen := min(len(a)-i, rest)
				for maxLen > l && a[i+l] == b[pos+l] {
					l++
				}
				if l > 3 {
					return l, i
				}
			}
		}
	}
	return 0, 0
}
