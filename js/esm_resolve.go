package js

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Node's module resolution for ES modules (node's lib/internal/modules/
// esm/resolve.js, as documented under "Resolution algorithm"): relative
// and absolute specifiers and file: URLs name a file exactly (no
// extensions added, a directory is an error), bare specifiers find a
// package in node_modules and go through its package.json "exports", and
// "#name" through the nearest package.json's "imports". CommonJS require
// uses packageExports too, with the "require" condition.

var (
	importConditions  = []string{"node", "import"}
	requireConditions = []string{"node", "require"}
)

// resolved is where a specifier leads: a file or a built-in.
type resolved struct {
	file    string
	builtin string // node's name without node:
	// suffix is the specifier's query and fragment ("?v=2#x"): part of
	// the module's URL, and so of its identity (a module imported as
	// ./a.js?v=1 and as ./a.js?v=2 is two modules, each run once), not
	// of the file read
	suffix string
}

// codeError is a node error with a code (ERR_...), made into a JS error
// by the loader.
type codeError struct {
	class, code, msg string
	url              string // node's err.url: the file: URL resolved, for the errors that carry one
}

func (e *codeError) Error() string { return e.msg }

func errModuleNotFound(format string, a ...any) *codeError {
	return &codeError{class: "Error", code: "ERR_MODULE_NOT_FOUND", msg: fmt.Sprintf(format, a...)}
}

// esmResolve resolves spec imported from the module file parent. A spec
// not found (or a directory) gets node's hint when require would find it,
// as node's defaultResolve decorates the error: 'Did you mean to import
// "./x.js"?' for './x'.
func (r *Runtime) esmResolve(spec, parent string) (resolved, error) {
	res, err := r.esmResolveSpec(spec, parent)
	var ce *codeError
	if err != nil && errors.As(err, &ce) && (ce.code == "ERR_MODULE_NOT_FOUND" || ce.code == "ERR_UNSUPPORTED_DIR_IMPORT") {
		if found := r.resolveAsCommonJS(spec, parent); found != "" && found != spec {
			ce.msg += "\nDid you mean to import " + jsonQuote(found) + "?"
		}
	}
	return res, err
}

// resolveAsCommonJS is node's hint for an import not found: where require
// finds spec (a relative one from the working directory, as node's does),
// shown relative to parent for a relative spec, as the package's name and
// subpath for a bare one (else the file: URL); "" when require does not
// find it either.
func (r *Runtime) resolveAsCommonJS(spec, parent string) string {
	if strings.HasPrefix(spec, "file://") {
		u, err := url.Parse(spec)
		if err != nil {
			return ""
		}
		spec = u.Path
	}
	if spec == "" || strings.HasPrefix(spec, "#") {
		return ""
	}
	relative := spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")
	dir := path.Dir(parent)
	if relative {
		// node's require here is of a module object with no filename,
		// which resolves a relative name against the working directory:
		// the hint shows for a module beside process.cwd() only.
		dir = r.cwd
	}
	found, err := r.resolve(dir, spec, parent)
	if err != nil || found == "" || !strings.HasPrefix(found, "/") {
		return ""
	}
	switch {
	case relative:
		rel, err := filepath.Rel(path.Dir(parent), found)
		if err != nil {
			return ""
		}
		rel = filepath.ToSlash(rel)
		if !strings.HasPrefix(rel, "../") {
			rel = "./" + rel
		}
		return rel
	case strings.HasPrefix(spec, "/"):
		return found
	}
	pkg := spec
	if strings.HasPrefix(spec, "@") {
		if parts := strings.SplitN(spec, "/", 3); len(parts) >= 2 {
			pkg = parts[0] + "/" + parts[1]
		}
	} else if i := strings.IndexByte(spec, '/'); i >= 0 {
		pkg = spec[:i]
	}
	needle := "/node_modules/" + pkg + "/"
	i := strings.LastIndex(found, needle)
	if i < 0 {
		return fileURL(found)
	}
	segs := strings.Split(found[i+len(needle):], "/")
	for k, seg := range segs {
		segs[k] = encodeURIComponent(seg)
	}
	return pkg + "/" + strings.Join(segs, "/")
}

// jsonQuote is JSON.stringify of s.
func jsonQuote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(s) != nil {
		return strconv.Quote(s)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// encodeURIComponent is JavaScript's: every byte of s's UTF-8 escaped but
// letters, digits and - _ . ! ~ * ' ( ).
func encodeURIComponent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.!~*'()", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// esmResolveSpec is esmResolve without the hint.
func (r *Runtime) esmResolveSpec(spec, parent string) (resolved, error) {
	if strings.HasPrefix(spec, "node:") {
		name := spec[5:]
		if _, ok := r.builtins[name]; ok {
			return resolved{builtin: name}, nil
		}
		return resolved{}, unknownBuiltin(spec)
	}
	switch scheme := urlScheme(spec); scheme {
	case "", "file:":
	case "data:":
		// node runs data: URLs; evloop does not (site/docs/esm.md).
		return resolved{}, &codeError{class: "Error", code: "ERR_UNSUPPORTED_ESM_URL_SCHEME", msg: "evloop's ESM loader does not load data: URLs (node's does): " + spec}
	default:
		// node parses a specifier with a scheme as a URL first; its loader
		// reads file:, data: and node: URLs only.
		return resolved{}, &codeError{class: "Error", code: "ERR_UNSUPPORTED_ESM_URL_SCHEME", msg: "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '" + scheme + "'"}
	}
	var file, suffix string
	switch {
	case strings.HasPrefix(spec, "file://"):
		u, err := url.Parse(spec)
		if err != nil {
			return resolved{}, &codeError{class: "TypeError", code: "ERR_INVALID_URL", msg: "Invalid URL"}
		}
		file = path.Clean(u.Path)
		if i := strings.IndexAny(spec, "?#"); i >= 0 {
			suffix = spec[i:]
		}
	case strings.HasPrefix(spec, "/"), spec == ".", spec == "..", strings.HasPrefix(spec, "./"), strings.HasPrefix(spec, "../"):
		p := spec
		if i := strings.IndexAny(p, "?#"); i >= 0 {
			// a URL's query and fragment (case esm/import_query_fragment)
			p, suffix = p[:i], p[i:]
		}
		if u, err := url.PathUnescape(p); err == nil {
			p = u
		}
		if strings.HasPrefix(p, "/") {
			file = path.Clean(p) // an absolute path: the URL's path (case esm/import_query_fragment)
		} else {
			file = path.Join(path.Dir(parent), p)
		}
		if strings.HasSuffix(p, "/") {
			file += "/"
		}
	case strings.HasPrefix(spec, "#"):
		f, err := r.packageImports(spec, parent, importConditions)
		if err != nil {
			return resolved{}, err
		}
		if f.builtin != "" {
			return f, nil
		}
		file = f.file
	default:
		if _, ok := r.builtins[spec]; ok {
			return resolved{builtin: spec}, nil
		}
		f, err := r.packageResolve(spec, parent, importConditions)
		if err != nil {
			return resolved{}, err
		}
		if f.builtin != "" {
			return f, nil
		}
		file = f.file
	}
	res, err := r.finalizeResolution(file, spec, parent)
	if err != nil {
		var ce *codeError
		if errors.As(err, &ce) && ce.url != "" {
			ce.url += suffix
		}
		return res, err
	}
	res.suffix = suffix
	return res, nil
}

// urlScheme is the scheme of spec with its colon ("https:") when spec is
// an absolute URL (a letter, then letters, digits, +, - or ., then ':'),
// else "".
func urlScheme(spec string) string {
	for i := 0; i < len(spec); i++ {
		c := spec[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return strings.ToLower(spec[:i+1])
		default:
			return ""
		}
	}
	return ""
}

// finalizeResolution checks that file exists and is not a directory.
func (r *Runtime) finalizeResolution(file, spec, parent string) (resolved, error) {
	if r.isDir(file) {
		// node names the path as the spec gave it, a trailing slash kept
		msg := fmt.Sprintf("Directory import '%s' is not supported resolving ES modules imported from %s", file, parent)
		return resolved{}, &codeError{class: "Error", code: "ERR_UNSUPPORTED_DIR_IMPORT", msg: msg, url: fileURL(file)}
	}
	if !r.isFile(file) {
		err := errModuleNotFound("Cannot find module '%s' imported from %s", file, parent)
		err.url = fileURL(file)
		return resolved{}, err
	}
	return resolved{file: file}, nil
}

// isDir reports whether name is a directory, as far as ReadFile tells.
func (r *Runtime) isDir(name string) bool {
	if strings.HasSuffix(name, "/") {
		return true
	}
	_, err := r.opts.ReadFile(name)
	if err == nil {
		return false
	}
	// os.ReadFile says "is a directory"; the wasm host's files say EISDIR.
	msg := err.Error()
	return errors.Is(err, syscall.EISDIR) || strings.Contains(msg, "is a directory") || strings.Contains(msg, "EISDIR")
}

// packageResolve is PACKAGE_RESOLVE for a bare specifier.
func (r *Runtime) packageResolve(spec, parent string, conditions []string) (resolved, error) {
	name, sub := splitPackage(spec)
	if name == "" {
		return resolved{}, &codeError{class: "TypeError", code: "ERR_INVALID_MODULE_SPECIFIER", msg: fmt.Sprintf("Invalid module \"%s\" is not a valid package name imported from %s", spec, parent)}
	}
	// A package may name itself through its own "exports".
	if dir, pj, ok := r.nearestPackage(path.Dir(parent)); ok && pj.name == name && pj.exports != nil {
		return r.packageExports(dir, "."+sub, pj, spec, parent, conditions)
	}
	for d := path.Dir(parent); ; d = path.Dir(d) {
		dir := path.Join(d, "node_modules", name)
		if pj, ok := r.readPackage(dir); ok {
			if pj.exports != nil {
				return r.packageExports(dir, "."+sub, pj, spec, parent, conditions)
			}
			if sub == "" {
				return r.legacyMain(dir, pj, spec, parent)
			}
			return resolved{file: path.Join(dir, sub)}, nil
		}
		if r.isDir(dir) {
			// a package without package.json: node's match is the
			// directory, whatever is in it
			if sub == "" {
				return r.legacyMain(dir, &packageJSON{}, spec, parent)
			}
			return resolved{file: path.Join(dir, sub)}, nil
		}
		if d == "/" || d == "." || d == "" {
			break
		}
	}
	return resolved{}, errModuleNotFound("Cannot find package '%s' imported from %s", name, parent)
}

// legacyMain is node's LEGACY_MAIN_RESOLVE: "main" with extensions, then
// index.js.
func (r *Runtime) legacyMain(dir string, pj *packageJSON, spec, parent string) (resolved, error) {
	var tries []string
	if pj.main != "" {
		m := path.Join(dir, pj.main)
		tries = append(tries, m, m+".js", m+".json", m+".node", m+"/index.js", m+"/index.json", m+"/index.node")
	}
	tries = append(tries, path.Join(dir, "index.js"), path.Join(dir, "index.json"), path.Join(dir, "index.node"))
	for _, f := range tries {
		if r.isFile(f) {
			return resolved{file: f}, nil
		}
	}
	return resolved{}, errModuleNotFound("Cannot find package '%s' imported from %s", dir, parent)
}

func splitPackage(spec string) (name, sub string) {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") {
		if len(parts) < 2 || parts[1] == "" {
			return "", ""
		}
		name = parts[0] + "/" + parts[1]
	} else {
		name = parts[0]
	}
	if name == "" || strings.HasPrefix(name, ".") || strings.ContainsAny(name, "%\\") {
		return "", ""
	}
	return name, strings.TrimPrefix(spec, name)
}

// packageJSON is what resolution reads of a package.json.
type packageJSON struct {
	name, main, typ  string
	exports, imports *jsonValue
}

func (r *Runtime) readPackage(dir string) (*packageJSON, bool) {
	b, err := r.opts.ReadFile(path.Join(dir, "package.json"))
	if err != nil {
		return nil, false
	}
	v, err := parseOrderedJSON(b)
	if err != nil || v.obj == nil {
		return &packageJSON{}, true
	}
	pj := &packageJSON{}
	for _, kv := range v.obj {
		switch kv.key {
		case "name":
			pj.name = kv.val.str
		case "main":
			pj.main = kv.val.str
		case "type":
			pj.typ = kv.val.str
		case "exports":
			pj.exports = kv.val
		case "imports":
			pj.imports = kv.val
		}
	}
	return pj, true
}

// nearestPackage finds the package.json nearest to dir (upwards).
func (r *Runtime) nearestPackage(dir string) (string, *packageJSON, bool) {
	for d := dir; ; d = path.Dir(d) {
		if path.Base(d) == "node_modules" {
			return "", nil, false
		}
		if pj, ok := r.readPackage(d); ok {
			return d, pj, true
		}
		if d == "/" || d == "." || d == "" {
			return "", nil, false
		}
	}
}

// packageExports is PACKAGE_EXPORTS_RESOLVE. parent is the importing
// file the errors name ("" for require, whose errors name none).
func (r *Runtime) packageExports(dir, sub string, pj *packageJSON, spec, parent string, conditions []string) (resolved, error) {
	exports := pj.exports
	pjFile := path.Join(dir, "package.json")
	// A string, an array or an object of conditions is the "." export.
	if exports.obj == nil || len(exports.obj) > 0 && !strings.HasPrefix(exports.obj[0].key, ".") {
		exports = &jsonValue{obj: []jsonKV{{key: ".", val: exports}}}
	}
	f, ok, err := r.matchTargets(dir, sub, exports, false, spec, parent, conditions)
	if err != nil {
		return resolved{}, err
	}
	if ok && (f.file != "" || f.builtin != "") {
		return f, nil
	}
	importer := ""
	if parent != "" {
		importer = " imported from " + parent
	}
	if sub == "." {
		return resolved{}, &codeError{class: "Error", code: "ERR_PACKAGE_PATH_NOT_EXPORTED", msg: fmt.Sprintf("No \"exports\" main defined in %s%s", pjFile, importer)}
	}
	return resolved{}, &codeError{class: "Error", code: "ERR_PACKAGE_PATH_NOT_EXPORTED", msg: fmt.Sprintf("Package subpath '%s' is not defined by \"exports\" in %s%s", sub, pjFile, importer)}
}

// packageImports is PACKAGE_IMPORTS_RESOLVE for "#name".
func (r *Runtime) packageImports(spec, parent string, conditions []string) (resolved, error) {
	dir, pj, ok := r.nearestPackage(path.Dir(parent))
	if ok && pj.imports != nil && pj.imports.obj != nil {
		if f, ok, err := r.matchTargets(dir, spec, pj.imports, true, spec, parent, conditions); err != nil || ok && (f.file != "" || f.builtin != "") {
			return f, err
		}
	}
	where := ""
	if ok {
		where = " in package " + path.Join(dir, "package.json")
	}
	return resolved{}, &codeError{class: "TypeError", code: "ERR_PACKAGE_IMPORT_NOT_DEFINED", msg: fmt.Sprintf("Package import specifier \"%s\" is not defined%s imported from %s", spec, where, parent)}
}

// matchTargets is PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key, else
// the best "*" pattern (the longest prefix).
func (r *Runtime) matchTargets(dir, key string, m *jsonValue, imports bool, spec, parent string, conditions []string) (resolved, bool, error) {
	for _, kv := range m.obj {
		if kv.key == key && !strings.Contains(key, "*") {
			f, err := r.packageTarget(dir, kv.val, "", imports, conditions, parent)
			return f, true, err
		}
	}
	best, bestMatch := (*jsonValue)(nil), ""
	bestKey := ""
	for _, kv := range m.obj {
		star := strings.IndexByte(kv.key, '*')
		if star < 0 || strings.Count(kv.key, "*") != 1 {
			continue
		}
		prefix, suffix := kv.key[:star], kv.key[star+1:]
		if !strings.HasPrefix(key, prefix) || key == prefix || !strings.HasSuffix(key, suffix) || len(key) < len(kv.key) {
			continue
		}
		if best == nil || patternKeyLess(bestKey, kv.key) {
			best, bestKey = kv.val, kv.key
			bestMatch = key[len(prefix) : len(key)-len(suffix)]
		}
	}
	if best != nil {
		f, err := r.packageTarget(dir, best, bestMatch, imports, conditions, parent)
		return f, true, err
	}
	return resolved{}, false, nil
}

// patternKeyLess reports whether key b sorts before a (PATTERN_KEY_COMPARE:
// the longer prefix wins, then the longer key).
func patternKeyLess(a, b string) bool {
	pa, pb := strings.IndexByte(a, '*'), strings.IndexByte(b, '*')
	if pa != pb {
		return pb > pa
	}
	return len(b) > len(a)
}

// packageTarget is PACKAGE_TARGET_RESOLVE.
func (r *Runtime) packageTarget(dir string, t *jsonValue, pattern string, imports bool, conditions []string, parent string) (resolved, error) {
	switch {
	case t == nil || t.null:
		return resolved{}, nil
	case t.isStr:
		target := t.str
		if !strings.HasPrefix(target, "./") {
			if imports && !strings.HasPrefix(target, "../") && !strings.HasPrefix(target, "/") && !strings.Contains(target, ":") {
				spec := strings.ReplaceAll(target, "*", pattern)
				if _, ok := r.builtins[strings.TrimPrefix(spec, "node:")]; ok {
					return resolved{builtin: strings.TrimPrefix(spec, "node:")}, nil
				}
				return r.packageResolve(spec, path.Join(dir, "package.json"), conditions)
			}
			return resolved{}, &codeError{class: "Error", code: "ERR_INVALID_PACKAGE_TARGET", msg: fmt.Sprintf("Invalid \"%s\" target \"%s\" defined in the package config %s/package.json imported from %s", map[bool]string{true: "imports", false: "exports"}[imports], target, dir, parent)}
		}
		return resolved{file: path.Join(dir, strings.ReplaceAll(target, "*", pattern))}, nil
	case t.arr != nil:
		var lastErr error
		for _, e := range t.arr {
			f, err := r.packageTarget(dir, e, pattern, imports, conditions, parent)
			if err != nil {
				lastErr = err
				continue
			}
			if f.file != "" || f.builtin != "" {
				return f, nil
			}
		}
		return resolved{}, lastErr
	case t.obj != nil:
		for _, kv := range t.obj {
			if kv.key == "default" || contains(conditions, kv.key) {
				f, err := r.packageTarget(dir, kv.val, pattern, imports, conditions, parent)
				if err != nil || f.file != "" || f.builtin != "" {
					return f, err
				}
			}
		}
	}
	return resolved{}, nil
}

// jsonValue is a JSON value whose objects keep their key order, which
// "exports" conditions depend on.
type jsonValue struct {
	null  bool
	isStr bool
	str   string
	arr   []*jsonValue
	obj   []jsonKV
}

type jsonKV struct {
	key string
	val *jsonValue
}

func parseOrderedJSON(b []byte) (*jsonValue, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	return decodeOrdered(dec)
}

func decodeOrdered(dec *json.Decoder) (*jsonValue, error) {
	t, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch v := t.(type) {
	case json.Delim:
		switch v {
		case '{':
			o := &jsonValue{obj: []jsonKV{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				val, err := decodeOrdered(dec)
				if err != nil {
					return nil, err
				}
				o.obj = append(o.obj, jsonKV{k, val})
			}
			_, err := dec.Token()
			return o, err
		case '[':
			a := &jsonValue{arr: []*jsonValue{}}
			for dec.More() {
				val, err := decodeOrdered(dec)
				if err != nil {
					return nil, err
				}
				a.arr = append(a.arr, val)
			}
			_, err := dec.Token()
			return a, err
		}
	case string:
		return &jsonValue{isStr: true, str: v}, nil
	case nil:
		return &jsonValue{null: true}, nil
	}
	return &jsonValue{}, nil
}
