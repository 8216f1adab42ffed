package js

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/esm"
)

// Linking (ECMA-262 16.2.1.5.2, Link): every import of every module in the
// graph is resolved to the binding it reads before any module runs; a
// missing or ambiguous export is a SyntaxError then. Each source text
// module is instantiated (its code run up to the first step of its
// generator: function declarations exist, let/const/class are in their
// temporal dead zone) so that importers can read its bindings through
// accessors: live bindings, TDZ errors in cycles.

// namespaceName is ResolvedBinding's [[BindingName]] for a namespace.
const namespaceName = "*namespace*"

// binding is a ResolvedBinding: a module and the local name (source text
// module) or export name (synthetic module) it reads.
type binding struct {
	mod  *esModule
	name string
}

// exportedNames is GetExportedNames.
func (m *esModule) exportedNames(visited map[*esModule]bool) []string {
	if visited[m] {
		return nil
	}
	visited[m] = true
	if m.kind != modSource {
		return m.names
	}
	var names []string
	for _, e := range m.res.Exports {
		names = append(names, e.Name)
	}
	for _, req := range m.res.Stars {
		dep := m.deps[req]
		for _, n := range dep.exportedNames(visited) {
			if n != "default" && !contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

type resolvePair struct {
	mod  *esModule
	name string
}

// resolveExport is ResolveExport: the binding export name of m reads, nil
// if none, and whether it is ambiguous (two star exports disagree).
func (m *esModule) resolveExport(name string, set map[resolvePair]bool) (*binding, bool) {
	if set[resolvePair{m, name}] {
		return nil, false // a circular import request
	}
	set[resolvePair{m, name}] = true
	if m.kind != modSource {
		if contains(m.names, name) {
			return &binding{mod: m, name: name}, false
		}
		return nil, false
	}
	for _, e := range m.res.Exports {
		if e.Name != name {
			continue
		}
		if e.Request < 0 {
			return &binding{mod: m, name: e.Local}, false
		}
		dep := m.deps[e.Request]
		if e.Import == "*" {
			return &binding{mod: dep, name: namespaceName}, false
		}
		return dep.resolveExport(e.Import, set)
	}
	if name == "default" {
		return nil, false
	}
	var star *binding
	for _, req := range m.res.Stars {
		b, ambiguous := m.deps[req].resolveExport(name, set)
		if ambiguous {
			return nil, true
		}
		if b == nil {
			continue
		}
		if star == nil {
			star = b
		} else if star.mod != b.mod || star.name != b.name {
			return nil, true
		}
	}
	return star, false
}

// link links m and everything it imports (Link with InnerModuleLinking's
// statuses); on failure the modules it set to linking go back to new.
func (r *Runtime) link(m *esModule) error {
	var stack []*esModule
	err := r.innerLink(m, &stack)
	if err != nil {
		for _, s := range stack {
			if s.status == statusLinking {
				s.status = statusNew
			}
		}
		return err
	}
	finishLink(stack)
	return nil
}

func (r *Runtime) innerLink(m *esModule, stack *[]*esModule) error {
	if m.status != statusNew {
		return nil
	}
	m.status = statusLinking
	*stack = append(*stack, m)
	for _, dep := range m.deps {
		if err := r.innerLink(dep, stack); err != nil {
			return err
		}
	}
	if err := r.instantiate(m); err != nil {
		return err
	}
	return nil
}

// finishLink marks the modules of a successful link as linked.
func finishLink(stack []*esModule) {
	for _, s := range stack {
		if s.status == statusLinking {
			s.status = statusLinked
		}
	}
}

// instantiate is InitializeEnvironment: resolve m's imports into its
// scope object (a SyntaxError for one that does not resolve) and run its
// code to the end of instantiation.
func (r *Runtime) instantiate(m *esModule) error {
	if m.kind != modSource {
		return nil
	}
	bindings := make([]*binding, len(m.res.Imports))
	var failed []int
	for i, ie := range m.res.Imports {
		if ie.Name == "*" {
			continue
		}
		b, _ := m.deps[ie.Request].resolveExport(ie.Name, map[resolvePair]bool{})
		if b == nil {
			failed = append(failed, i)
		}
		bindings[i] = b
	}
	if len(failed) > 0 {
		ie := m.res.Imports[r.firstLinkFailure(m, failed)]
		dep := m.deps[ie.Request]
		_, amb := dep.resolveExport(ie.Name, map[resolvePair]bool{})
		return r.missingExport(m, m.res.Requests[ie.Request].Specifier, dep, ie.Name, amb)
	}
	for _, e := range m.res.Exports {
		if e.Request < 0 || e.Import == "*" {
			continue
		}
		if b, amb := m.deps[e.Request].resolveExport(e.Import, map[resolvePair]bool{}); b == nil {
			return r.missingExport(m, m.res.Requests[e.Request].Specifier, m.deps[e.Request], e.Import, amb)
		}
	}
	scope := r.vm.NewObject()
	_ = scope.SetPrototype(nil)
	for i, ie := range m.res.Imports {
		dep := m.deps[ie.Request]
		var get goja.Value
		if ie.Name == "*" {
			ns := r.namespace(dep)
			get = r.vm.ToValue(func(goja.FunctionCall) goja.Value { return ns })
		} else {
			b, local := bindings[i], ie.Local
			get = r.vm.ToValue(func(goja.FunctionCall) goja.Value { return r.readBinding(b, local) })
		}
		if err := scope.DefineAccessorProperty(ie.Local, get, r.constAssign(), goja.FLAG_FALSE, goja.FLAG_TRUE); err != nil {
			return err
		}
	}
	r.noteNamedGroups(m.res.Code)
	prg, err := compileModule(m.url, m.res.Code)
	if err != nil {
		if ee := moduleCompileError(m.file, m.url, r.sources[m.url], m.res.Code, err); ee != nil {
			return ee
		}
		return err
	}
	fnv, err := r.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	outer, _ := goja.AssertFunction(fnv)
	m.impt = r.importFunc(m.file, m.url, true)
	link := r.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		m.accessors = r.accessorsOf(c.Argument(0))
		return goja.Undefined()
	})
	body, err := outer(goja.Undefined(), scope, m.impt, link)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(body)
	if m.res.TLA {
		m.asyncFn = fn
		return nil
	}
	genv, err := fn(goja.Undefined())
	if err != nil {
		return err
	}
	m.gen = genv.ToObject(r.vm)
	m.next, _ = goja.AssertFunction(m.gen.Get("next"))
	step, err := m.next(m.gen)
	if err != nil {
		return err
	}
	m.accessors = r.accessorsOf(step.ToObject(r.vm).Get("value"))
	return nil
}

func (r *Runtime) accessorsOf(v goja.Value) map[string]goja.Callable {
	acc := map[string]goja.Callable{}
	if o, ok := v.(*goja.Object); ok {
		for _, k := range o.Keys() {
			if f, ok := goja.AssertFunction(o.Get(k)); ok {
				acc[k] = f
			}
		}
	}
	return acc
}

// constAssign is the setter of every imported binding: node's TypeError.
func (r *Runtime) constAssign() goja.Value {
	if r.esm.constSetter == nil {
		r.esm.constSetter = r.vm.ToValue(func(goja.FunctionCall) goja.Value {
			panic(r.vm.NewTypeError("Assignment to constant variable."))
		})
	}
	return r.esm.constSetter
}

// readBinding reads b; local names the importing binding for the TDZ error.
func (r *Runtime) readBinding(b *binding, local string) goja.Value {
	m := b.mod
	if b.name == namespaceName {
		return r.namespace(m)
	}
	if m.kind != modSource {
		if v, ok := m.values[b.name]; ok {
			return v
		}
		panic(r.tdz(local))
	}
	f := m.accessors[b.name]
	if f == nil {
		panic(r.tdz(local))
	}
	v, err := f(goja.Undefined())
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) && strings.HasPrefix(ex.Value().String(), "ReferenceError") {
			panic(r.tdz(local)) // goja's message does not name the binding
		}
		panic(err)
	}
	return v
}

func (r *Runtime) tdz(name string) goja.Value {
	return r.newError("ReferenceError", fmt.Sprintf("Cannot access '%s' before initialization", name))
}

// firstLinkFailure is which of m's imports that name no export (indexes
// of m.res.Imports, at least one) V8 reports: it resolves the import
// declarations' names first, in the order of their local names (its map
// of them is sorted by code units), then the re-exports (`export { x }
// from`, which esbuild's output turns into imports) in the source's order
// (case esm/missing_export_order).
func (r *Runtime) firstLinkFailure(m *esModule, failed []int) int {
	if len(failed) == 1 {
		return failed[0]
	}
	var src string
	if b, err := r.opts.ReadFile(m.file); err == nil {
		src = string(b)
	}
	best, bestExport, bestAt := -1, false, 0
	for _, i := range failed {
		ie := m.res.Imports[i]
		at, _, export, _ := esm.ImportedNameSpan(src, m.res.Requests[ie.Request].Specifier, ie.Name)
		switch {
		case best < 0,
			bestExport && !export,
			!bestExport && !export && ie.Local < m.res.Imports[best].Local,
			bestExport && export && at < bestAt:
			best, bestExport, bestAt = i, export, at
		}
	}
	return best
}

// missingExport is node's SyntaxError for an import that names no export.
func (r *Runtime) missingExport(m *esModule, spec string, dep *esModule, name string, ambiguous bool) error {
	var msg string
	switch {
	case ambiguous:
		msg = fmt.Sprintf("The requested module '%s' contains conflicting star exports for name '%s'", spec, name)
	case dep.kind == modCommonJS:
		msg = fmt.Sprintf("Named export '%s' not found. The requested module '%s' is a CommonJS module, which may not support all module.exports as named exports.\n"+
			"CommonJS modules can always be imported via the default export, for example using:\n\n"+
			"import pkg from '%s';\n%s", name, spec, spec, r.destructuringHint(m, spec, name))
	default:
		msg = fmt.Sprintf("The requested module '%s' does not provide an export named '%s'", spec, name)
	}
	e := r.newError("SyntaxError", msg)
	if o, ok := e.(*goja.Object); ok {
		if head := r.linkErrorHeader(m, spec, name); head != "" {
			stack := "SyntaxError: " + msg
			if s := o.Get("stack"); s != nil && goja.IsString(s) {
				stack = s.String()
			}
			// node decorates the stack with V8's place for the error, the
			// name in the importing declaration, and prints it as it is
			// (case esm/missing_export_arrow).
			_ = o.DefineDataProperty("stack", r.vm.ToValue(head+stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return &linkError{value: e, module: m, name: name}
}

// linkErrorHeader is the "file:line\nsource line\ncarets\n" node puts
// above a missing export's SyntaxError: the carets under what V8
// underlines in m's declaration that imports name from spec, one per
// UTF-16 unit. "" when the declaration is not found.
func (r *Runtime) linkErrorHeader(m *esModule, spec, name string) string {
	src, ok := r.sources[m.url]
	if !ok {
		b, err := r.opts.ReadFile(m.file)
		if err != nil {
			return ""
		}
		src = string(b)
	}
	at, n, _, ok := esm.ImportedNameSpan(src, spec, name)
	if !ok {
		return ""
	}
	start := strings.LastIndexByte(src[:at], '\n') + 1
	line := 1 + strings.Count(src[:start], "\n")
	text := sourceLine(src, line)
	var b strings.Builder
	b.WriteString(m.url + ":" + strconv.Itoa(line) + "\n" + text + "\n")
	for _, c := range src[start:at] {
		if c == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteString("  "[:utf16Units(c)])
		}
	}
	for _, c := range src[at : at+n] {
		if c == '\n' || c == '\r' {
			break
		}
		b.WriteString("^^"[:utf16Units(c)])
	}
	b.WriteString("\n")
	return b.String()
}

// destructuringHint is the last line of node's message for a name a
// CommonJS module does not export: "const { a, b: c } = pkg;" made of the
// braces on the line of the importing declaration that names it (as node
// reads them from the line V8's error points at, `as` turned into a
// colon), or nothing when that line has no braces (a declaration over
// several lines). A source evloop cannot read again names the one export.
// (case esm/cjs_missing_named_export_line)
func (r *Runtime) destructuringHint(m *esModule, spec, name string) string {
	src, err := r.opts.ReadFile(m.file)
	if err != nil {
		return "const { " + name + " } = pkg;\n"
	}
	line, ok := esm.ImportedNameLine(string(src), spec, name)
	if !ok {
		return "const { " + name + " } = pkg;\n"
	}
	i, j := strings.IndexByte(line, '{'), strings.LastIndexByte(line, '}')
	if i < 0 || j < i {
		return ""
	}
	return "const " + asKeyword().ReplaceAllString(line[i:j+1], ": ") + " = pkg;\n"
}

// asKeyword is node's /\s+as\s+/g.
var asKeyword = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+as\s+`) })

// linkError is a JS error raised while loading or linking, with the module
// whose declaration failed (node prints its position).
type linkError struct {
	value  goja.Value
	module *esModule
	name   string
}

func (e *linkError) Error() string { return e.value.String() }

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// namespace is GetModuleNamespace: one per module, created on first use.
// A Proxy over a null-prototype, non-extensible target whose properties
// are the export names: reads go to the live bindings; writes, deletes
// and definitions fail (a TypeError in strict code), as for a module
// namespace exotic object.
func (r *Runtime) namespace(m *esModule) *goja.Object {
	if m.ns != nil {
		return m.ns
	}
	var names []string
	bindings := map[string]*binding{}
	for _, n := range m.exportedNames(map[*esModule]bool{}) {
		if b, _ := m.resolveExport(n, map[resolvePair]bool{}); b != nil {
			names = append(names, n)
			bindings[n] = b
		}
	}
	m.ns = r.namespaceObject(names, func(name string) (goja.Value, bool) {
		b, ok := bindings[name]
		if !ok {
			return goja.Undefined(), false
		}
		return r.readBinding(b, name), true
	})
	r.esm.namespaces[m.ns] = m
	return m.ns
}
