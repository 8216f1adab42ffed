package esm

import (
	"regexp"
	"strings"
)

// asyncGeneratorHelper replaces esbuild's __asyncGenerator, the runtime of
// the async generators it lowers for goja. The generator esbuild passes
// in yields `new __await(p)` for an await (`new __await(p, 1)` for a
// yield* step) and plain values for yields. Four differences from
// esbuild's:
//
//   - After an await the generator resumes with next, not with return:
//     esbuild resumed a generator whose return() reached an await inside
//     a finally block with return again, which abandoned the rest of the
//     block (a `for await` loop left with break skipped its iterator's
//     cleanup after the first await; return(7) gave { value: null }). Only
//     a yield* step of a return keeps return.
//   - return(v) awaits v before it resumes the generator, as ECMA-262's
//     AsyncGeneratorAwaitReturn and its resumption at a yield do: the
//     finally blocks run a job later, after the caller's synchronous code.
//   - A generator that runs off its end (done, value undefined) settles
//     the call at once: ECMA-262 awaits only the operand of `return x`,
//     so a for await loop over it ends in node's job, not one later. (An
//     explicit `return undefined` is taken the same way, a job early.)
//   - The object is shaped as V8's: next, throw and return not enumerable,
//     [Symbol.asyncIterator] and the "AsyncGenerator" tag inherited, so it
//     prints Object [AsyncGenerator] {} and Object.prototype.toString says
//     [object AsyncGenerator]. The two prototypes are made once per file
//     and kept on the helper (AWAIT is the name esbuild gave __await).
//
// One line: it takes the place of esbuild's lines, padded with line breaks
// to as many, so that the source map's lines stay where they were.
const asyncGeneratorHelper = `var __asyncGenerator = (__this, __arguments, generator) => {` +
	` var resume = (k, v, yes, no) => { try {` +
	` var x = generator[k](v), isAwait = (v = x.value) instanceof AWAIT, done = x.done;` +
	` if (done && v === undefined) return yes({ value: v, done });` +
	` Promise.resolve(isAwait ? v[0] : v).then((y) => isAwait ? resume(v[1] && k === "return" ? k : "next", v[1] ? { done: y.done, value: y.value } : y, yes, no) : yes({ value: y, done })).catch((e) => resume("throw", e, yes, no));` +
	` } catch (e) { no(e); } };` +
	` var proto = __asyncGenerator.p || (__asyncGenerator.p = Object.create(Object.create(Object.prototype, { [Symbol.asyncIterator]: { writable: true, configurable: true, value() { return this; } } }), { [Symbol.toStringTag]: { configurable: true, value: "AsyncGenerator" } }));` +
	` var q, it = Object.create(proto);` +
	` var method = (k) => Object.defineProperty(it, k, { writable: true, configurable: true, value: (x) => {` +
	` var call = new Promise((yes, no) => { var run = () => k === "return" ? Promise.resolve(x).then((v) => resume(k, v, yes, no), (e) => resume("throw", e, yes, no)) : resume(k, x, yes, no); q ? q.then(run) : run(); });` +
	` var wait, clear = () => q === wait && (q = 0); q = wait = call.then(clear, clear); return call; } });` +
	` generator = generator.apply(__this, __arguments); method("next"); method("throw"); method("return"); return it; };`

var awaitName = regexp.MustCompile(`instanceof ([A-Za-z_$][\w$]*)`)

// fixHelpers puts asyncGeneratorHelper in place of esbuild's
// __asyncGenerator in code esbuild lowered. esbuild prints the helper at
// the top level, ending with a line "};"; a helper not found as expected
// is left as it is.
func fixHelpers(code string) string {
	start := strings.Index(code, "var __asyncGenerator = (")
	if start < 0 || (start > 0 && code[start-1] != '\n') {
		return code
	}
	end := strings.Index(code[start:], "\n};")
	if end < 0 {
		return code
	}
	end += start + len("\n};")
	old := code[start:end]
	m := awaitName.FindStringSubmatch(old)
	if m == nil {
		return code
	}
	helper := strings.Replace(asyncGeneratorHelper, "AWAIT", m[1], 1)
	return code[:start] + helper + strings.Repeat("\n", strings.Count(old, "\n")) + code[end:]
}
