package esm

import "strings"

// helperFixes correct esbuild's __asyncGenerator (the runtime of the async
// generators it lowers for goja), text for text: the helper is the same
// for a given esbuild version, and TestHelperFixes fails when an esbuild
// upgrade changes it, so a fix can never silently stop applying.
//
//   - After an await the generator resumes with next, not with return:
//     esbuild resumed a generator whose return() ran into an await inside
//     a finally block with return again, which abandoned the rest of the
//     finally (a `for await` loop left with break skipped the cleanup after
//     its first await, and return(v) gave { value: null }). Only a yield*
//     delegating a return must resume with it.
//   - return(v) awaits v before it resumes the generator, as ECMA-262's
//     AsyncGeneratorAwaitReturn and the resumption at a yield do: the
//     generator's finally blocks run a job later, after the caller's
//     synchronous code (node prints "return called" before "finally").
var helperFixes = []struct{ old, new string }{
	{
		`resume(k === "return" ? k : "next", v[1] ?`,
		`resume(v[1] && k === "return" ? k : "next", v[1] ?`,
	},
	{
		`run = () => resume(k, x, yes, no)`,
		`run = () => k === "return" ? Promise.resolve(x).then((v) => resume(k, v, yes, no), (e) => resume("throw", e, yes, no)) : resume(k, x, yes, no)`,
	},
}

// fixHelpers applies helperFixes to code esbuild lowered. Each helper
// sits on lines of its own before the user's code, so the source map's
// lines stay where they were.
func fixHelpers(code string) string {
	if !strings.Contains(code, "var __asyncGenerator = ") {
		return code
	}
	for _, f := range helperFixes {
		code = strings.Replace(code, f.old, f.new, 1)
	}
	return code
}
