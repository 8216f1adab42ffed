// Package inspect renders goja values the way Node.js v20 renders them in
// util.inspect, util.format and therefore console.log.
//
// evloop promises byte-for-byte identical console output to node, and that
// output is produced by node's lib/internal/util/inspect.js. This package
// re-implements the rules of that file in Go against goja's public API:
// the same type dispatch (formatValue / formatRaw), the same line-breaking
// heuristics (reduceToSingleString with the numeric compact mode, and
// groupArrayElements for long arrays), the same quoting and escaping of
// strings and keys, and the same format-string directives. The node source is
// the specification; where goja cannot expose what V8 exposes (the internals
// of Map iterators, the frames of a stack trace) the difference is written
// next to the code that approximates it.
//
// Everything here walks JS objects through goja, so every function must be
// called on the goroutine that owns the *goja.Runtime. Inspect, Format and
// FormatWithOptions never panic on user values: JS exceptions thrown while
// inspecting (by a custom inspect function, a proxy trap or a toString used
// by %s) are caught and rendered as text. TryInspect and TryFormat return the
// exception instead, so that a caller such as console.log can rethrow it the
// way node does.
//
// What differs from node, because goja does not expose it or does not
// have it: Map and Set iterators print as plain objects (V8 previews their
// entries); stack frames are goja's, rewritten into V8's "    at " layout
// but naming goja's locations, and are not coloured; an object whose
// prototype chain has no named constructor is called "Object" where V8
// remembers the function that created it; a value nested about a thousand
// levels deep ends in node's "Inspection interrupted prematurely" text at a
// fixed level rather than where V8's stack happens to run out. The option
// compact: true is not implemented.
//
// The tests compare several hundred expressions with what node itself prints
// for them, computed when the tests run.
//
// See https://nodejs.org/docs/latest-v20.x/api/util.html#utilinspectobject-options
package inspect
