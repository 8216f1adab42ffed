package js

import (
	"encoding/json"
	"path"
	"strings"

	"github.com/dop251/goja"
)

// explainCommonJSGlobal is node's explainCommonJSGlobalLikeNotDefinedError
// (ModuleJob.run): a ReferenceError for one of CommonJS's module-scope
// names (require, module, exports, __filename, __dirname) that ends an ES
// module graph's evaluation gets " in ES module scope" added to its
// message (and ", you can use import instead" for require), and, when the
// graph's root is a .js file that its package.json makes a module, the
// sentence saying so. The stack's first line follows (V8 formats it when
// it is first read, after node changed the message). The program sees the
// new message in import()'s rejection; the uncaught report prints it.
// (case esm/commonjs_global_in_module)
func (r *Runtime) explainCommonJSGlobal(v goja.Value, root *esModule) {
	o, ok := v.(*goja.Object)
	if !ok || root == nil {
		return
	}
	if n := o.Get("name"); n == nil || n.String() != "ReferenceError" {
		return
	}
	mv := o.Get("message")
	if mv == nil {
		return
	}
	msg := mv.String()
	global := ""
	for _, g := range []string{"require", "module", "exports", "__filename", "__dirname"} {
		if msg == g+" is not defined" {
			global = g
		}
	}
	if global == "" {
		return
	}
	add := " in ES module scope"
	if global == "require" {
		add += ", you can use import instead"
	}
	if strings.HasPrefix(root.url, "file://") && strings.HasSuffix(root.file, ".js") {
		if pj, typ := r.packageScope(root.file); typ == "module" {
			add += "\nThis file is being treated as an ES module because it has a '.js' file extension and '" + pj +
				"' contains \"type\": \"module\". To treat it as a CommonJS script, rename it to use the '.cjs' file extension."
		}
	}
	o.Set("message", msg+add)
	if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) {
		old := "ReferenceError: " + msg
		// (goja's own errors make their stack from the message when it is
		// read: already the new one.)
		if s := st.String(); strings.HasPrefix(s, old) && !strings.HasPrefix(s, "ReferenceError: "+msg+add) {
			o.Set("stack", "ReferenceError: "+msg+add+s[len(old):])
		}
	}
}

// packageScope is node's getPackageScopeConfig for file: the nearest
// package.json above it (not looking past a node_modules folder) and its
// "type".
func (r *Runtime) packageScope(file string) (string, string) {
	for dir := path.Dir(file); ; dir = path.Dir(dir) {
		if path.Base(dir) == "node_modules" {
			return "", ""
		}
		pj := path.Join(dir, "package.json")
		if b, err := r.opts.ReadFile(pj); err == nil {
			var meta struct{ Type string }
			_ = json.Unmarshal(b, &meta)
			return pj, meta.Type
		}
		if dir == "/" || dir == "." || dir == "" {
			return "", ""
		}
	}
}
