package js

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/esm"
	"github.com/evloop/evloop/loop/trace"
)

// esmState is the runtime's ES module loader: its module map (node's
// load cache, one record per file) and what linking and import() share.
type esmState struct {
	modules     map[string]*esModule // by file, or "node:name"
	namespaces  map[*goja.Object]*esModule
	constSetter goja.Value
	asyncOrder  int
	hops        goja.Callable // (n, f): f after n promise jobs
	frame       goja.Callable // jsFrame's wrapper maker
	enterV      goja.Value
	// nsReflect counts the Reflect calls on a namespace object under way
	// (wrapReflectForNamespaces); reflectWrapped says the wrappers are in.
	nsReflect      int
	reflectWrapped bool
}

func (r *Runtime) esmInit() {
	if r.esm.modules == nil {
		r.esm.modules = map[string]*esModule{}
		r.esm.namespaces = map[*goja.Object]*esModule{}
	}
}

// traceModule notes a module step in the trace (a note event on the job
// that runs it).
func (r *Runtime) traceModule(what string, m *esModule) {
	r.loop.Emit(trace.Event{Kind: trace.Note, Text: "esm: " + what + " " + m.url})
}

// loadGraph loads the module in file (with source src when the caller has
// read it) and, depth first, every module it imports: node's loader reads
// them all before linking. A failure leaves no record behind.
func (r *Runtime) loadGraph(file string, src *string) (*esModule, error) {
	r.esmInit()
	var added []*esModule
	m, err := r.loadSource(file, "", src, &added)
	if err != nil {
		for _, a := range added {
			delete(r.esm.modules, a.key)
		}
		return nil, err
	}
	return m, nil
}

// loadSource creates the record of a source text module and loads its
// dependencies.
func (r *Runtime) loadSource(file, suffix string, src *string, added *[]*esModule) (*esModule, error) {
	if m, ok := r.esm.modules[file+suffix]; ok {
		return m, nil
	}
	var text string
	if src != nil {
		text = *src
	} else {
		b, err := r.opts.ReadFile(file)
		if err != nil {
			return nil, errModuleNotFound("Cannot find module '%s'", file)
		}
		text = string(b)
	}
	r.loop.Emit(trace.Event{Kind: trace.Note, Text: "esm: parse " + fileURL(file)})
	if sourceTooDeep(text) { // before esbuild's parser recurses past Go's stack (nesting.go)
		return nil, r.vm.Try(func() { panic(r.rangeError("Maximum call stack size exceeded")) })
	}
	res := esm.Transform(esm.Request{File: file, Kind: esm.KindModule, Source: text})
	if res.Error != nil {
		return nil, res.Error
	}
	m := &esModule{file: file, url: fileURL(file) + suffix, key: file + suffix, kind: modSource, res: res}
	r.noteSource(m.url, text)
	for _, rq := range res.Requests {
		if rq.Assert {
			r.warnAssert(m.url, esm.AssertLines(text))
			break
		}
	}
	r.esm.modules[m.key] = m
	*added = append(*added, m)
	m.deps = make([]*esModule, len(res.Requests))
	for i, req := range res.Requests {
		dep, err := r.loadRequest(req, file, added)
		if err != nil {
			return nil, err
		}
		m.deps[i] = dep
	}
	return m, nil
}

// warnAssert gives V8's warning for each import declaration of the module
// url that writes `assert` (at lines): V8 reports its parser's warnings
// last first, node emits each as a warning of type V8 (case
// esm/import_assert_deprecated).
func (r *Runtime) warnAssert(url string, lines []int) {
	proc, err := r.processObject()
	if err != nil {
		return
	}
	emit, ok := goja.AssertFunction(proc.Get("emitWarning"))
	if !ok {
		return
	}
	for i := len(lines) - 1; i >= 0; i-- {
		msg := fmt.Sprintf("%s:%d 'assert' is deprecated in import statements and support will be removed in a future version; use 'with' instead", url, lines[i])
		_, _ = emit(proc, r.vm.ToValue(msg), r.vm.ToValue("V8"))
	}
}

// loadRequest resolves one module request of parent and loads its record.
func (r *Runtime) loadRequest(req esm.ModuleRequest, parent string, added *[]*esModule) (*esModule, error) {
	if req.Type != "" && req.Type != "json" {
		return nil, &codeError{class: "TypeError", code: "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", msg: fmt.Sprintf("Import attribute type \"%s\" is unsupported", req.Type)}
	}
	res, err := r.esmResolve(req.Specifier, parent)
	if err != nil {
		return nil, err
	}
	if key, value, ok := strings.Cut(req.Unsupported, "\x00"); ok {
		// node's loader takes no attribute but type (case
		// esm/import_attributes_unsupported)
		return nil, &codeError{class: "TypeError", code: "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", msg: fmt.Sprintf("Import attribute \"%s\" with value \"%s\" is not supported", key, value)}
	}
	if res.builtin != "" {
		if req.Type == "json" {
			return nil, &codeError{class: "TypeError", code: "ERR_IMPORT_ASSERTION_TYPE_FAILED", msg: fmt.Sprintf("Module \"node:%s\" is not of type \"json\"", res.builtin)}
		}
		return r.loadBuiltin(res.builtin)
	}
	return r.loadFile(res.file, res.suffix, req.Type, added)
}

// loadFile loads the record for a resolved file, by its kind.
func (r *Runtime) loadFile(file, suffix, typ string, added *[]*esModule) (*esModule, error) {
	isJSON := strings.HasSuffix(file, ".json")
	switch {
	case isJSON && typ != "json":
		return nil, &codeError{class: "TypeError", code: "ERR_IMPORT_ASSERTION_TYPE_MISSING", msg: fmt.Sprintf("Module \"%s\" needs an import attribute of type \"json\"", fileURL(file))}
	case !isJSON && typ == "json":
		return nil, &codeError{class: "TypeError", code: "ERR_IMPORT_ASSERTION_TYPE_FAILED", msg: fmt.Sprintf("Module \"%s\" is not of type \"json\"", fileURL(file))}
	}
	if m, ok := r.esm.modules[file+suffix]; ok {
		return m, nil
	}
	switch ext := path.Ext(file); {
	case isJSON:
		m := &esModule{file: file, url: fileURL(file) + suffix, key: file + suffix, kind: modJSON, names: []string{"default"}}
		r.esm.modules[m.key] = m
		*added = append(*added, m)
		return m, nil
	case ext == ".cjs":
		return r.loadCommonJS(file, suffix, added)
	case ext == ".mjs":
		return r.loadSource(file, suffix, nil, added)
	case ext == ".js" || ext == "":
		b, err := r.opts.ReadFile(file)
		if err != nil {
			return nil, errModuleNotFound("Cannot find module '%s'", file)
		}
		if r.isESM(file, string(b)) {
			s := string(b)
			return r.loadSource(file, suffix, &s, added)
		}
		return r.loadCommonJS(file, suffix, added)
	default:
		return nil, &codeError{class: "TypeError", code: "ERR_UNKNOWN_FILE_EXTENSION", msg: fmt.Sprintf("Unknown file extension \"%s\" for %s", ext, file)}
	}
}

// loadCommonJS makes the record of a CommonJS file: its named exports are
// the names cjs-module-lexer would find (re-exports followed), plus
// default (module.exports).
func (r *Runtime) loadCommonJS(file, suffix string, added *[]*esModule) (*esModule, error) {
	names := r.commonJSNames(file, map[string]bool{})
	sort.Strings(names)
	if !contains(names, "default") {
		names = append(names, "default")
	}
	m := &esModule{file: file, url: fileURL(file) + suffix, key: file + suffix, kind: modCommonJS, names: names}
	r.esm.modules[m.key] = m
	*added = append(*added, m)
	return m, nil
}

func (r *Runtime) commonJSNames(file string, seen map[string]bool) []string {
	if seen[file] {
		return nil
	}
	seen[file] = true
	b, err := r.opts.ReadFile(file)
	if err != nil || strings.HasSuffix(file, ".json") || sourceTooDeep(string(b)) {
		return nil // (too deep: no names; loading it throws node's RangeError)
	}
	res := esm.Transform(esm.Request{File: file, Kind: esm.KindCommonJS, Source: string(b), Exports: true})
	names := append([]string{}, res.CJSExports...)
	for _, spec := range res.CJSReexports {
		f, err := r.resolve(path.Dir(file), spec, file)
		if err != nil {
			continue
		}
		for _, n := range r.commonJSNames(f, seen) {
			if !contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}

// loadBuiltin makes the record of a built-in: default is its exports
// object, and each of its own enumerable properties is a named export.
func (r *Runtime) loadBuiltin(name string) (*esModule, error) {
	key := "node:" + name
	if m, ok := r.esm.modules[key]; ok {
		return m, nil
	}
	ex, err := r.requireBuiltin(name)
	if err != nil {
		return nil, err
	}
	m := &esModule{file: key, url: key, key: key, kind: modBuiltin, values: map[string]goja.Value{"default": ex}}
	if o, ok := ex.(*goja.Object); ok {
		for _, k := range o.Keys() {
			if k != "default" {
				m.names = append(m.names, k)
				m.values[k] = o.Get(k)
			}
		}
	}
	m.names = append(m.names, "default")
	r.esm.modules[key] = m
	return m, nil
}

// evaluateSynthetic runs a CommonJS or JSON module (a built-in has its
// values already) and takes its export values, as node does after the
// CommonJS loader ran the file.
func (r *Runtime) evaluateSynthetic(m *esModule) error {
	switch m.kind {
	case modJSON:
		// One value per file for import and require, as node's: a file
		// require already read is not read again, and one read here is
		// require's from then on (node's JSON translator shares the
		// CommonJS cache).
		if mod, ok := r.requireCache.Get(m.file).(*goja.Object); ok && mod.Get("loaded").ToBoolean() {
			m.values = map[string]goja.Value{"default": mod.Get("exports")}
			return nil
		}
		if _, err := r.opts.ReadFile(m.file); err != nil {
			return errModuleNotFound("Cannot find module '%s'", m.file)
		}
		v, err := r.loadModule(m.file, m.file)
		if err != nil {
			return err
		}
		m.values = map[string]goja.Value{"default": v}
	case modCommonJS:
		ex, err := r.require(path.Dir(m.file), m.file, m.file)
		if err != nil {
			return err
		}
		m.values = map[string]goja.Value{"default": ex}
		o, _ := ex.(*goja.Object)
		for _, n := range m.names {
			if n == "default" {
				continue
			}
			if o != nil {
				m.values[n] = o.Get(n)
			}
			if m.values[n] == nil {
				m.values[n] = goja.Undefined()
			}
		}
	}
	return nil
}

// fileURL is the file: URL of an absolute path, as node's pathToFileURL
// writes it.
func fileURL(file string) string {
	if strings.HasPrefix(file, "node:") {
		return file
	}
	var b strings.Builder
	b.WriteString("file://")
	for i := 0; i < len(file); i++ {
		c := file[i]
		if c <= ' ' || c == '%' || c == '#' || c == '?' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
