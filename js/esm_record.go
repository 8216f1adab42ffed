package js

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/esm"
)

// esModule is one module record of the ES module graph (ECMA-262 16.2.1):
// a source text module (an .mjs file or a "type": "module" .js), or a
// synthetic one wrapping what node lets ES modules import besides — a
// CommonJS file, a JSON file, a built-in. The loader (esm_load.go) creates
// records, esm_link.go links them and esm_eval.go evaluates them.
type esModule struct {
	file string // absolute path, or "node:name" for a built-in
	url  string // file:// URL (or node:name), with the specifier's query and fragment
	key  string // the key in the module map: file and the query and fragment
	kind modKind

	// Source text modules.
	res  *esm.Result // the transform's module record fields
	deps []*esModule // one per res.Requests entry, after loading

	// Synthetic modules: the export names known at link time (a CommonJS
	// file's detected names, "default") and, once evaluated, their values.
	names  []string
	values map[string]goja.Value

	status    modStatus
	evalErr   goja.Value // the evaluation's error, if it threw
	hasErr    bool
	dfsIndex  int
	dfsAnc    int
	cycleRoot *esModule

	// Asynchronous evaluation (top-level await anywhere below).
	asyncEval    bool // [[AsyncEvaluation]]
	asyncOrder   int  // the order asyncEval was set in
	pendingDeps  int
	asyncParents []*esModule
	topCap       *capability

	// Instantiation: the module's code, its export accessors (local name →
	// getter), its generator (a module without top-level await: first step
	// done, second step is the evaluation) or its async function.
	gen       *goja.Object
	next      goja.Callable
	asyncFn   goja.Callable
	accessors map[string]goja.Callable
	impt      goja.Value   // the module's import() function (with .meta)
	ns        *goja.Object // the namespace object, once asked for
	facade    *goja.Object // require()'s namespace with __esModule (requiredValue)
}

type modKind uint8

const (
	modSource modKind = iota
	modCommonJS
	modJSON
	modBuiltin
)

type modStatus uint8

const (
	statusNew modStatus = iota
	statusLinking
	statusLinked
	statusEvaluating
	statusEvaluatingAsync
	statusEvaluated
)

// capability is a promise with its resolving functions.
type capability struct {
	promise *goja.Promise
	resolve func(any) error
	reject  func(any) error
}

func (r *Runtime) newCapability() *capability {
	p, res, rej := r.vm.NewPromise()
	return &capability{promise: p, resolve: res, reject: rej}
}

// localOf returns the local name bound to export name of a source text
// module, if it is a local export.
func (m *esModule) localOf(name string) (string, bool) {
	for _, e := range m.res.Exports {
		if e.Request < 0 && e.Name == name {
			return e.Local, true
		}
	}
	return "", false
}

// hasTLA is [[HasTLA]].
func (m *esModule) hasTLA() bool { return m.kind == modSource && m.res.TLA }
