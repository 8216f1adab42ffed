package esm

import (
	"regexp"
	"strings"
	"sync"
)

// asyncGeneratorHelper replaces esbuild's __asyncGenerator, the runtime of
// the async generators it lowers for goja. The generator esbuild passes
// in yields `new __await(p)` for an await (`new __await(p, 1)` for a
// yield* step, see yieldStarHelper) and plain values for yields. It is
// ECMA-262's async generator (27.6.3) step for step, so that its promise
// jobs come in V8's number and order:
//
//   - a queue of requests (next, throw, return) and the states
//     suspended-start (0), suspended-yield (1), executing (2),
//     awaiting-return (3) and completed (4);
//   - `yield v` awaits v, settles the first request, and when another
//     request is queued resumes the generator at once with it (a return
//     awaits its value first), else suspends; a value a yield* takes from
//     its inner iterator is not awaited (s.star);
//   - return(v) on a generator not started or completed awaits v
//     (AsyncGeneratorAwaitReturn); a throw() before the start completes it;
//   - a generator that runs off its end settles at once; one that returns
//     a value awaits it first, as `return x` does (an explicit `return
//     undefined` is taken as running off the end, a job early), unless a
//     return() request is what ended it (s.ret): its value was awaited
//     when it came in, and V8 does not await what a yield*'s inner
//     return() gave.
//
// Objects are shaped as V8's: the prototype is the generator function's
// prototype object when the lowered function passes itself (self, see
// js/internal/agmark's passSelf; %AsyncGeneratorPrototype% when that is
// not an object), else an empty one per file; then next, throw, return and
// constructor on %AsyncGeneratorPrototype% tagged "AsyncGenerator",
// [Symbol.asyncIterator] on the one under it, so it prints
// Object [AsyncGenerator] {} and
// Object.prototype.toString says [object AsyncGenerator]. A generator's
// state sits in a WeakMap beside the prototypes, made once per file and
// kept on the helper (AWAIT is the name esbuild gave __await).
//
// One line: it takes the place of esbuild's lines, padded with line breaks
// to as many, so that the source map's lines stay where they were.
const asyncGeneratorHelper = `var __asyncGenerator = (__this, __arguments, generator, self) => {` +
	` var H = __asyncGeneratorFunction(), p = self && self.prototype;` +
	` var it = Object.create(self === undefined ? H.own : Object(p) === p ? p : H.proto); H.S.set(it, { g: generator.apply(__this, __arguments), st: 0, q: [], star: false }); return it; };` +
	` function __asyncGeneratorFunction(f, name) {` +
	` var H = __asyncGeneratorFunction.h || (__asyncGeneratorFunction.h = (() => {` +
	` var S = new WeakMap(), P = Promise;` +
	` var wait = (x, f, r) => { var p; try { p = P.resolve(x); } catch (e) { return r(e); } p.then(f, r); };` +
	` var settle = (s, k, v, done) => { var n = s.q.shift(); k === 2 ? n.no(v) : n.yes({ value: v, done }); };` +
	` var drain = (s) => { while (s.q.length) { var n = s.q[0]; if (n.k === 1) { s.st = 3; return awaitReturn(s); } settle(s, n.k, n.k === 2 ? n.v : undefined, true); } };` +
	` var finish = (s, k, v) => { s.st = 4; settle(s, k, v, true); drain(s); };` +
	` var awaitReturn = (s) => wait(s.q[0].v, (v) => finish(s, 0, v), (e) => finish(s, 2, e));` +
	` var resume = (s, k, v) => { s.st = 2; k === 1 ? wait(v, (y) => step(s, "return", s.ret = y), (e) => step(s, "throw", e)) : step(s, k === 2 ? "throw" : "next", v); };` +
	` var yielded = (s, v) => { settle(s, 0, v, false); if (s.q.length) resume(s, s.q[0].k, s.q[0].v); else s.st = 1; };` +
	` var step = (s, m, a) => { var r, x, star;` +
	` try { r = s.g[m](a); } catch (e) { return finish(s, 2, e); }` +
	` x = r.value;` +
	` if (r.done) return x === undefined || "ret" in s ? finish(s, 0, x) : wait(x, (v) => finish(s, 0, v), (e) => finish(s, 2, e));` +
	` if (x instanceof AWAIT) { star = x[1];` +
	` return wait(x[0], (y) => { if (star) { if (Object(y) !== y) return step(s, "throw", new TypeError("Iterator result " + String(y) + " is not an object")); s.star = !y.done; } step(s, star && m === "return" ? m : "next", y); }, (e) => step(s, "throw", e)); }` +
	` if (s.star) { s.star = false; return yielded(s, x); }` +
	` wait(x, (v) => yielded(s, v), (e) => step(s, "throw", e)); };` +
	` var request = (k) => function (v) { var s = S.get(this), n = { k, v }, p = new P((yes, no) => { n.yes = yes; n.no = no; });` +
	` if (!s) { n.no(new TypeError(["next", "return", "throw"][k] + " method called on incompatible receiver " + String(this))); return p; }` +
	` if (k === 0 && s.st === 4) { n.yes({ value: undefined, done: true }); return p; }` +
	` if (k === 2 && s.st === 0) s.st = 4;` +
	` if (k === 2 && s.st === 4) { n.no(v); return p; }` +
	` s.q.push(n);` +
	` if (k === 1 && (s.st === 0 || s.st === 4)) { s.st = 3; awaitReturn(s); } else if (s.st < 2) resume(s, k, v);` +
	` return p; };` +
	` var method = (o, name, k) => Object.defineProperty(o, name, { writable: true, configurable: true, value: Object.defineProperty(request(k), "name", { value: name }) });` +
	` var proto = Object.create(Object.create(Object.prototype, { [Symbol.asyncIterator]: { writable: true, configurable: true, value() { return this; } } }), { [Symbol.toStringTag]: { configurable: true, value: "AsyncGenerator" } });` +
	` var fn = Object.create(Function.prototype, { prototype: { configurable: true, value: proto }, [Symbol.toStringTag]: { configurable: true, value: "AsyncGeneratorFunction" } });` +
	` Object.defineProperty(proto, "constructor", { configurable: true, value: fn });` +
	` method(proto, "next", 0); method(proto, "return", 1); method(proto, "throw", 2);` +
	` var AGF = function AsyncGeneratorFunction(body) { throw new SyntaxError("evloop cannot make an async generator function from source text at run time"); };` +
	` Object.setPrototypeOf(AGF, Function); Object.defineProperty(AGF, "prototype", { value: fn, writable: false });` +
	` Object.defineProperty(fn, "constructor", { configurable: true, value: AGF });` +
	` return { S, own: Object.create(proto), proto, fn, keys: {} }; })());` +
	` if (f === undefined) return H;` +
	` if (typeof f === "function" && Object.getPrototypeOf(f) !== H.fn) { Object.setPrototypeOf(f, H.fn);` +
	` Object.defineProperty(f, "prototype", { value: Object.create(H.proto), writable: true });` +
	` if (name !== undefined) Object.defineProperty(f, "name", { configurable: true, value: name }); }` +
	` return f; }` +
	` function __asyncGeneratorKey(k, id, first, st) { var H = __asyncGeneratorFunction(); if (typeof k !== "symbol") k = String(k);` +
	` if (first || !H.keys[id]) H.keys[id] = []; H.keys[id].push([st, k]); return k; }` +
	` function __asyncGeneratorMethods(o, id, keys) { var H = __asyncGeneratorFunction(), all = keys.concat(H.keys[id] || []); delete H.keys[id];` +
	` for (var [st, k] of all) { var t = st || typeof o !== "function" ? o : o.prototype, d = t && Object.getOwnPropertyDescriptor(t, k); d && __asyncGeneratorFunction(d.value); }` +
	` return o; }`

// yieldStarHelper replaces esbuild's __yieldStar, the iterator a lowered
// yield* delegates to, with two: __yieldStar for a yield* in a sync
// generator (esbuild lowers those with the helper too, in a file that has
// async generators), which passes the inner iterator's steps through as
// they are, and __asyncStar for one in an async generator (asyncStarSites
// renames those calls). __asyncStar yields each step of the inner
// iterator as `new __await(result, 1)`: the result of its next, throw or
// return as it is, which asyncGeneratorHelper awaits once, as ECMA-262's
// yield* does (esbuild's wrapped it in a new promise, two jobs more), and
// the awaited result is handed back on the next call. A sync iterable is
// made async as CreateAsyncFromSyncIterator makes it: each result's value
// awaited, then the result (two jobs); no return method gives { value,
// done: true }, no throw method a rejection. An async iterator without a
// throw method is closed (its return awaited) and the yield* throws V8's
// TypeError.
const yieldStarHelper = `var __yieldStar = (value) => {` +
	` var obj = value[Symbol.iterator](), it = {}, method = (k) => it[k] = (x) => obj[k](x);` +
	` it[Symbol.iterator] = () => it; method("next");` +
	` "throw" in obj ? method("throw") : it.throw = (x) => { throw x; };` +
	` "return" in obj && method("return"); return it; }, __asyncStar = (value) => {` +
	` var obj = value[Symbol.asyncIterator], isAwait = false, it = {}, sync = obj == null;` +
	` obj = sync ? value[Symbol.iterator]() : obj.call(value);` +
	` var fromSync = (r) => new Promise((yes, no) => { var done = r.done; Promise.resolve(r.value).then((value) => yes({ value, done }), no); });` +
	` var closing = false, after = (k, v) => { isAwait = false; if (k === "throw") throw v; if (closing) throw new TypeError("The iterator does not provide a 'throw' method."); return v; };` +
	` var method = (k) => it[k] = (v) => { if (isAwait) return after(k, v);` +
	` var r = !sync ? obj[k](v) : k in obj ? fromSync(obj[k](v)) : k === "return" ? Promise.resolve({ value: v, done: true }) : Promise.reject(v);` +
	` isAwait = true; return { done: false, value: new AWAIT(r, 1) }; };` +
	` it[Symbol.iterator] = () => it; method("next");` +
	` sync || "throw" in obj ? method("throw") : it.throw = (v) => { if (isAwait) return after("throw", v); var ret = obj.return; closing = isAwait = true; return { done: false, value: new AWAIT(ret == null ? {} : ret.call(obj), 1) }; };` +
	` (sync || "return" in obj) && method("return"); return it; };`

// asyncStarSites renames the __yieldStar calls of code that sit directly
// in an async generator's body to __asyncStar (as long a name: no position
// moves). An async generator's body is the function* esbuild passes to
// __asyncGenerator; any other generator (function* or a *method) nested in
// it has its own yield*, which stays __yieldStar.
func asyncStarSites(code string) string {
	type body struct {
		depth int
		async bool
	}
	var (
		stack      []body
		depth      int // braces
		parens     int
		asyncParen = -1 // the parens of a __asyncGenerator( call
		asyncDepth int  // and the braces around it
		pending    = -1 // a generator's parameters are being read: 1 async, 0 sync
		paramParen int  // the parens its parameter list opens from
		sawParams  bool
		sites      []int
		prev       token
	)
	s := newScanner(code)
	for t := s.next(); t.kind != tokEOF; prev, t = t, s.next() {
		switch {
		case t.is("*") && (prev.isWord("function") || prev.is("{") || prev.is(",") || prev.is(";") || prev.is("}") || prev.isWord("static")):
			// function* or a generator method: its body is the first { after
			// its parameter list. An async generator's is the function*
			// passed to __asyncGenerator.
			pending, paramParen, sawParams = 0, parens, false
			if prev.isWord("function") && parens == asyncParen && depth == asyncDepth {
				pending = 1
			}
		case t.is("("):
			parens++
			if prev.isWord("__asyncGenerator") {
				asyncParen, asyncDepth = parens, depth
			}
		case t.is(")"):
			if parens == asyncParen && depth == asyncDepth {
				asyncParen = -1
			}
			parens--
			if pending >= 0 && parens == paramParen {
				sawParams = true
			}
		case t.is("{"):
			if pending >= 0 && sawParams && parens == paramParen {
				stack = append(stack, body{depth, pending == 1})
				pending = -1
			}
			depth++
		case t.is("}"):
			depth--
			if n := len(stack); n > 0 && stack[n-1].depth == depth {
				stack = stack[:n-1]
			}
		case t.isWord("__yieldStar"):
			if n := len(stack); n > 0 && stack[n-1].async {
				sites = append(sites, t.start)
			}
		}
	}
	if len(sites) == 0 {
		return code
	}
	b := []byte(code)
	for _, at := range sites {
		copy(b[at:], "__asyncStar")
	}
	return string(b)
}

// Made on first use: every process would compile it in the package init.
var awaitName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`instanceof ([A-Za-z_$][\w$]*)`) })

// fixHelpers puts asyncGeneratorHelper and yieldStarHelper in place of
// esbuild's __asyncGenerator and __yieldStar in code esbuild lowered.
// esbuild prints each helper at the top level, ending with a line "};"; a
// helper not found as expected is left as it is (both are, if
// __asyncGenerator is not found: they work together).
func fixHelpers(code string) string {
	start, end, ok := helperSpan(code, "var __asyncGenerator = (")
	if !ok {
		return code
	}
	m := awaitName().FindStringSubmatch(code[start:end])
	if m == nil {
		return code
	}
	code = replaceHelper(code, start, end, strings.ReplaceAll(asyncGeneratorHelper, "AWAIT", m[1]))
	if start, end, ok := helperSpan(code, "var __yieldStar = (value) => {"); ok && !strings.Contains(code, "__asyncStar") {
		code = replaceHelper(code, start, end, strings.ReplaceAll(yieldStarHelper, "AWAIT", m[1]))
		code = asyncStarSites(code)
	}
	return code
}

// helperSpan finds the helper that starts with head at the start of a line
// and ends with a line "};".
func helperSpan(code, head string) (start, end int, ok bool) {
	start = strings.Index(code, head)
	if start < 0 || (start > 0 && code[start-1] != '\n') {
		return 0, 0, false
	}
	end = strings.Index(code[start:], "\n};")
	if end < 0 {
		return 0, 0, false
	}
	return start, end + start + len("\n};"), true
}

// replaceHelper puts helper (one line) in place of code[start:end], padded
// with line breaks to as many lines.
func replaceHelper(code string, start, end int, helper string) string {
	return code[:start] + helper + strings.Repeat("\n", strings.Count(code[start:end], "\n")) + code[end:]
}
